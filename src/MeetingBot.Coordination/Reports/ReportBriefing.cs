namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The briefing after the meeting (通报会) the Party secretary holds before the report is written: on which (local)
/// date, to whom (范围) and what was briefed, and who recorded it.
/// </summary>
public sealed record ReportBriefing(DateOnly On, string Scope, string Content, DateTimeOffset RecordedAt, string RecordedBy);
