namespace MeetingBot.Reports.Rendering;

/// <summary>A calendar date, stored as a real Excel date (a serial number with a date format), not as text.</summary>
public sealed record LedgerDate(DateOnly Date) : LedgerCell;
