namespace MeetingBot.Reports.Rendering;

/// <summary>Text, kept in the workbook's shared strings; an empty text leaves the cell blank.</summary>
public sealed record LedgerText(string Text) : LedgerCell;
