namespace MeetingBot.Reports.Rendering;

/// <summary>A number (a count, a version), stored as a number so the office can sum and sort it.</summary>
public sealed record LedgerNumber(decimal Value) : LedgerCell;
