namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// A domain event: a change to a meeting was saved. Whoever depends on the stored meeting (the reminder schedule)
/// subscribes to it, so the use case that made the change does not need to know who follows it.
/// </summary>
public sealed record MeetingChanged(string MeetingId, MeetingChangeKind Kind)
{
    public static MeetingChanged Meeting(string meetingId) => new(meetingId, MeetingChangeKind.Meeting);

    public static MeetingChanged Roster(string meetingId) => new(meetingId, MeetingChangeKind.Roster);

    public static MeetingChanged Rectification(string meetingId) => new(meetingId, MeetingChangeKind.Rectification);
}
