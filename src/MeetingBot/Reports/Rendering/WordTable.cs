using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// A report table in Word: full text width, single borders on every cell, the header row repeated at the top of every
/// page the table runs onto, rows never split across pages. Columns get widths in proportion to their longest text
/// (Chinese characters counting double), within bounds so no column starves.
/// </summary>
public static class WordTable
{
    private const int MinimumColumnChars = 4;
    private const int MaximumColumnChars = 40;

    public static Table Build(ReportTable table, WordTypography type)
    {
        var widths = ColumnWidths(table, type.TextWidth);
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

    private static int[] ColumnWidths(ReportTable table, int textWidth)
    {
        var chars = new int[table.Header.Count];
        for (var column = 0; column < chars.Length; column++)
        {
            var longest = table.Rows.Select(row => LongestLine(row[column])).Append(LongestLine(table.Header[column])).Max();
            chars[column] = Math.Clamp(longest, MinimumColumnChars, MaximumColumnChars);
        }

        var total = chars.Sum();
        var widths = chars.Select(c => textWidth * c / total).ToArray();
        widths[^1] += textWidth - widths.Sum();
        return widths;
    }

    private static int LongestLine(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(TextWidth.Of).DefaultIfEmpty(0).Max();
}
