namespace MeetingBot.Chat.Meetings.Switching;

/// <summary>The meeting a person switched to (切换会议), kept in his user state until he switches again or it ends.</summary>
public sealed class MeetingChoice
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string MeetingId { get; set; } = string.Empty;
}
