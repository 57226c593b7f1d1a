namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A date and time of day as the meeting's clock shows it (the caller converts from UTC in the meeting's time zone:
/// Excel has no time zones), stored as a real Excel date-time.
/// </summary>
public sealed record LedgerDateTime(DateTime LocalTime) : LedgerCell;
