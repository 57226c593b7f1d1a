namespace MeetingBot.Coordination.Rectification;

/// <summary>How far the meeting has come, for the board: confirmed, held, report approved, submitted upward, list published.</summary>
public sealed record BoardProgress(bool Confirmed, DateTimeOffset? HeldAt, bool ReportApproved, bool ReportSubmittedUpward, DateTimeOffset? PublishedAt);
