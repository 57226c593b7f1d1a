namespace MeetingBot.Reports.Rendering;

/// <summary>
/// One sheet: its name (the writer makes it legal for Excel), its columns, and rows with exactly one cell per column,
/// checked here so a sheet is never ragged.
/// </summary>
public sealed record LedgerSheet
{
    public LedgerSheet(string name, IReadOnlyList<LedgerColumn> columns, IReadOnlyList<IReadOnlyList<LedgerCell>> rows)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A sheet needs at least one column.", nameof(columns));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != columns.Count)
            {
                throw new ArgumentException(
                    $"Row {i + 1} of sheet '{name}' has {rows[i].Count} cells but the sheet has {columns.Count} columns.", nameof(rows));
            }
        }

        Name = name;
        Columns = columns;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<LedgerColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<LedgerCell>> Rows { get; }
}
