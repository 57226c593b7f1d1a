namespace MeetingBot.Coordination.Rectification;

/// <summary>A task as the secretary adds it (or as proposed from the materials): the problem, the measure, the owner, the due date (local).</summary>
public sealed record NewRectificationTask(string Problem, string Measure, string OwnerId, DateOnly DueDate);
