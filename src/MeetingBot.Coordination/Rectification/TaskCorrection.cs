namespace MeetingBot.Coordination.Rectification;

/// <summary>What a correction changes: any of the problem, the measure, the owner and the due date (null keeps it).</summary>
public sealed record TaskCorrection(string? Problem = null, string? Measure = null, string? OwnerId = null, DateOnly? DueDate = null);
