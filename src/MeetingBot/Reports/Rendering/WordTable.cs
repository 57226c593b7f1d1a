using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A report table in Word: full text width, single borders on every cell, the header row repeated at the top of every
/// page the table runs onto, rows never split across pages. Columns get widths from their longest text (Chinese
/// characters counting double), see <see cref="ColumnWidths"/>.
/// </summary>
public static class WordTable
{
    private const int MinimumColumnChars = 4;
    private const int MaximumColumnChars = 40;

    public static Table Build(LayoutTable table, WordTypography type)
    {
        var widths = ColumnWidths(table, type);
        var word = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.TableGrid },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                WordStyles.Borders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(width => new GridColumn { Width = Twips.Text(width) })));

        word.Append(Row(table.Header, widths, header: true));
        foreach (var row in table.Rows)
        {
            word.Append(Row(row, widths, header: false));
        }

        return word;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties(
                new TableCellWidth { Width = Twips.Text(widths[i]), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
            }

            cellProperties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
            var cell = new TableCell(cellProperties);
            cell.Append(WordParagraphs.Styled(header ? WordStyles.TableHeading : WordStyles.TableText, cells[i]));
            row.Append(cell);
        }

        return row;
    }

    /// <summary>
    /// Every column as wide as its longest line when they all fit. Otherwise headers may wrap onto two lines, columns
    /// whose text fits in a fair share of the width get exactly that (numbers and dates never wrap), and the long-text
    /// columns share what is left in proportion to their text. Widths are counted in half-width characters of the
    /// table's font plus the cell margins, then scaled to twips so the columns fill the text width.
    /// </summary>
    private static int[] ColumnWidths(LayoutTable table, WordTypography type)
    {
        // A half-width character of the table font is half its size: TableSize half-points = TableSize * 5 twips.
        var available = (double)type.TextWidth / (type.TableSize * 5);
        var natural = Natural(table, headerLines: 1);
        if (natural.Sum() > available)
        {
            natural = Natural(table, headerLines: 2);
        }

        var chars = new double[natural.Length];
        var open = Enumerable.Range(0, natural.Length).ToList();
        var remaining = available;
        while (open.Count > 0)
        {
            var fair = remaining / open.Count;
            var fitting = open.Where(column => natural[column] <= fair).ToList();
            if (fitting.Count == 0)
            {
                var wanted = open.Sum(column => natural[column]);
                open.ForEach(column => chars[column] = remaining * natural[column] / wanted);
                break;
            }

            fitting.ForEach(column => chars[column] = natural[column]);
            remaining -= fitting.Sum(column => natural[column]);
            open.RemoveAll(fitting.Contains);
        }

        var total = chars.Sum();
        var widths = chars.Select(c => (int)(type.TextWidth * c / total)).ToArray();
        widths[^1] += type.TextWidth - widths.Sum();
        return widths;
    }

    private static int[] Natural(LayoutTable table, int headerLines)
    {
        const int padding = 2;
        var natural = new int[table.Header.Count];
        for (var column = 0; column < natural.Length; column++)
        {
            var header = (LongestLine(table.Header[column]) + headerLines - 1) / headerLines;
            var longest = table.Rows.Select(row => LongestLine(row[column])).Append(header).Max();
            natural[column] = Math.Clamp(longest, MinimumColumnChars, MaximumColumnChars) + padding;
        }

        return natural;
    }

    private static int LongestLine(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(TextWidth.Of).DefaultIfEmpty(0).Max();
}
