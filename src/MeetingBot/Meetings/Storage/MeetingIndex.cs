namespace MeetingBot.Meetings.Storage;

/// <summary>Which meetings a conversation or a person belongs to, newest last.</summary>
public sealed class MeetingIndex
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;
    public List<string> MeetingIds { get; set; } = [];
}
