namespace MeetingBot.Localization;

/// <summary>A user's own settings, kept in user state.</summary>
public sealed class UserProfile
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    /// <summary><c>zh-CN</c> or <c>en</c> when the user chose a language; null follows the channel.</summary>
    public string? Locale { get; set; }
}
