namespace MeetingBot.Coordination.Reports;

/// <summary>A version of the report handed to the supervisors: the composed report exactly as they reviewed it.</summary>
public sealed record ReportVersion(int Number, SpecialReport Report, DateTimeOffset SubmittedAt, string SubmittedBy);
