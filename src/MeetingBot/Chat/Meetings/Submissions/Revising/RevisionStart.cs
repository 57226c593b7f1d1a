namespace MeetingBot.Chat.Meetings.Submissions.Revising;

/// <summary>How a revision opens: its state, and a change already typed with the command (<c>修改 第二点 …</c>) to apply at once.</summary>
public sealed record RevisionStart(RevisionState State, PointEdit? FirstEdit);
