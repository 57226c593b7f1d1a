namespace MeetingBot.Coordination.Rectification;

/// <summary>A published task as the public board shows it: no evidence text, no outline or talk content.</summary>
public sealed record BoardTask(int Number, string Problem, string Measure, string OwnerName, DateOnly DueDate, RectificationStatus Status, DateTimeOffset? CompletedAt);
