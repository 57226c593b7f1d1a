namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary's record that the approved report was submitted to, or announced at, a place on a (local) date;
/// <paramref name="AddresseeId"/> names the template's addressee it was delivered to, when the template lists them.
/// </summary>
public sealed record ReportDelivery(
    ReportDeliveryKind Kind, string Where, DateOnly On, int VersionNumber, DateTimeOffset RecordedAt, string RecordedBy, string? AddresseeId = null);
