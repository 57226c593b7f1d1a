namespace MeetingBot.Coordination.Rectification;

/// <summary>A task taken off the list (撤销): as it was, when, by whom and why.</summary>
public sealed record WithdrawnTask(RectificationTask Task, DateTimeOffset At, string ByUserId, string Reason);
