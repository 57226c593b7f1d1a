namespace MeetingBot.Coordination.Reports;

/// <summary>The secretary's record that the approved report was submitted to, or announced at, a place on a (local) date.</summary>
public sealed record ReportDelivery(ReportDeliveryKind Kind, string Where, DateOnly On, int VersionNumber, DateTimeOffset RecordedAt, string RecordedBy);
