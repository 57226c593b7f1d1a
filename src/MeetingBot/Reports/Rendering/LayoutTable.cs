namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A table with one header row; every row has exactly as many cells as the header, checked here so a renderer never
/// meets a ragged table. The caption, if any, is printed above it.
/// </summary>
public sealed record LayoutTable : LayoutBlock
{
    public LayoutTable(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        if (header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(header));
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Count != header.Count)
            {
                throw new ArgumentException(
                    $"Row {i + 1} has {rows[i].Count} cells but the header has {header.Count} columns.", nameof(rows));
            }
        }

        Header = header;
        Rows = rows;
        Caption = caption;
    }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }

    public string? Caption { get; }
}
