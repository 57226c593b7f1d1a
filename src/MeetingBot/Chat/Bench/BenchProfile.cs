namespace MeetingBot.Chat.Bench;

/// <summary>What <see cref="BenchDialog"/> saves to user state, the same fields the SDK peer saves.</summary>
public sealed class BenchProfile
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string Name { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public int Saved { get; set; }
}
