using System.Globalization;
using System.IO.Compression;
using System.Text;
using MeetingBot.Coordination.People;
using MiniExcelLibs;

namespace MeetingBot.People.Roster;

/// <summary>
/// Reads a 花名册 (.xlsx or .csv) into rows: the header row is the first of the top rows with a 姓名 cell, row numbers
/// are the ones Excel shows. A .csv may be UTF-8 (with or without BOM) or GBK/GB18030, as Excel on a Chinese Windows
/// saves it. An .xlsx is a zip: its parts are checked against <see cref="MaxUnpackedBytes"/> before anything reads them.
/// </summary>
public static class RosterFile
{
    public const long MaxUnpackedBytes = 64L * 1024 * 1024;
    private const int HeaderSearchRows = 10;

    static RosterFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static RosterReading Read(ReadOnlyMemory<byte> content, RosterFormat format)
    {
        try
        {
            var rows = format == RosterFormat.Xlsx ? Workbook(content) : Csv(content);
            return rows is null ? new RosterReading.Unreadable() : Rows(rows);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException)
        {
            return new RosterReading.Unreadable();
        }
    }

    private static List<string?[]>? Workbook(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes || zip.GetEntry("xl/workbook.xml") is null)
            {
                return null;
            }
        }

        stream.Position = 0;
        return Cells(stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX));
    }

    private static List<string?[]> Csv(ReadOnlyMemory<byte> content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text(content.Span)), writable: false);
        return Cells(stream.Query(useHeaderRow: false, excelType: ExcelType.CSV));
    }

    // UTF-8 when it decodes as UTF-8 (a BOM says so outright); otherwise the GB18030 superset of GBK.
    private static string Text(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static List<string?[]> Cells(IEnumerable<dynamic> rows) =>
        [.. rows.Select(row => ((IDictionary<string, object?>)row).Values.Select(Cell).ToArray())];

    // Excel keeps a phone typed without a leading apostrophe as a number: 13800000000, never 1.38E+10.
    private static string? Cell(object? value) => value switch
    {
        null => null,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static RosterReading Rows(List<string?[]> cells)
    {
        var headerIndex = cells.Take(HeaderSearchRows).ToList().FindIndex(r => r.Any(c => RosterColumns.Of(c) == RosterColumns.Name));
        if (headerIndex < 0)
        {
            return new RosterReading.NoHeader();
        }

        var columns = cells[headerIndex].Select(RosterColumns.Of).ToArray();
        string? CellOf(string?[] row, string column) => Array.IndexOf(columns, column) is var i and >= 0 && i < row.Length ? row[i]?.Trim() : null;

        // Null when the row names no channel id, so a plain roster row reads as it always did.
        Dictionary<string, string?>? IdentitiesOf(string?[] row) =>
            RosterColumns.IdentityColumns.Where(c => !string.IsNullOrEmpty(CellOf(row, c.Key))).ToDictionary(c => c.Value, c => CellOf(row, c.Key)) is { Count: > 0 } found
                ? found
                : null;

        var rows = new List<RosterRow>();
        for (var index = headerIndex + 1; index < cells.Count; index++)
        {
            var row = cells[index];
            rows.Add(new RosterRow(index + 1, CellOf(row, RosterColumns.Name), CellOf(row, RosterColumns.Unit), CellOf(row, RosterColumns.Title),
                CellOf(row, RosterColumns.Phone), CellOf(row, RosterColumns.Email), CellOf(row, RosterColumns.Roles),
                IdentitiesOf(row)));
        }

        return new RosterReading.Rows(rows);
    }
}
