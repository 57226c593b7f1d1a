namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The report as one reader gets it: the latest version handed to the supervisors, or, before any (or after a
/// return), a fresh composition from the records marked as a draft; with the circulation record when there is one.
/// </summary>
public sealed record ReportReading(SpecialReport Report, bool IsDraft, ReportCirculation? Circulation);
