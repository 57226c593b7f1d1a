namespace MeetingBot.Coordination.Meetings;

/// <summary>What part of a meeting changed: each can move a deadline, a recipient or a rectification push.</summary>
public enum MeetingChangeKind
{
    /// <summary>Created, moved, cancelled, re-timed: the header or the deadlines.</summary>
    Meeting,

    /// <summary>People added, removed or given other roles.</summary>
    Roster,

    /// <summary>The rectification list's tasks or timetable.</summary>
    Rectification,
}
