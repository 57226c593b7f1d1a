namespace MeetingBot.Coordination.Rectification;

/// <summary>One progress report by the task's owner; completion carries its evidence (佐证).</summary>
public sealed record TaskUpdate(DateTimeOffset At, string ByUserId, RectificationTaskState State, string? Note, string? Evidence);
