namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>What a typed change does to a point.</summary>
public enum PointEditAction
{
    Replace,
    Add,
    Remove,
}
