using System.Text;
using MeetingBot.Coordination.People;
using MiniExcelLibs;

namespace MeetingBot.People.Roster;

/// <summary>
/// Writes the directory as a 花名册 an office opens in Excel: .xlsx, or .csv in UTF-8 with a BOM (without one, Excel
/// on a Chinese Windows reads the names as GBK and shows mojibake). Every cell is text, so phones keep their digits.
/// </summary>
public static class RosterWriter
{
    public static byte[] Write(IEnumerable<DirectoryPerson> people, RosterFormat format)
    {
        var rows = people.OrderBy(p => p.Unit ?? string.Empty, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(RosterColumns.CellsOf).ToList();
        return format == RosterFormat.Xlsx ? Workbook(rows) : Csv(rows);
    }

    private static byte[] Workbook(List<string[]> rows)
    {
        var table = rows.Select(cells => (IDictionary<string, object>)RosterColumns.Exported
            .Select((column, i) => (column, cell: (object)cells[i]))
            .ToDictionary(p => p.column, p => p.cell, StringComparer.Ordinal)).ToList();
        if (table.Count == 0)
        {
            // With no rows, MiniExcel has nothing to take the header from.
            table.Add(RosterColumns.Exported.ToDictionary(c => c, _ => (object)string.Empty, StringComparer.Ordinal));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "花名册", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static byte[] Csv(List<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var cells in rows.Prepend([.. RosterColumns.Exported]))
        {
            text.AppendJoin(',', cells.Select(Quote)).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // Quotes what needs it, and keeps a leading = + - @ from being read as a formula by Excel.
    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0]) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
