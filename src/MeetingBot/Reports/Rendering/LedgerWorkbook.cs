namespace MeetingBot.Reports.Rendering;

/// <summary>A ledger (台账) as the workbook writer sees it: named sheets of typed cells, no domain types.</summary>
public sealed record LedgerWorkbook(IReadOnlyList<LedgerSheet> Sheets, string? Title = null);
