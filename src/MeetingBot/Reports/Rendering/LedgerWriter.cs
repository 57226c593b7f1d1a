using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// Writes a ledger as an .xlsx workbook: one worksheet per sheet with a bold header row that stays frozen on screen,
/// repeats on every printed page and carries an autofilter; texts in shared strings; dates as real dates.
/// </summary>
public static class LedgerWriter
{
    public static byte[] Render(LedgerWorkbook workbook, RenderOptions options)
    {
        using var stream = new MemoryStream();
        Write(workbook, options, stream);
        return stream.ToArray();
    }

    public static void Write(LedgerWorkbook workbook, RenderOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        if (workbook.Sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(workbook));
        }

        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var main = package.AddWorkbookPart();
        main.AddNewPart<WorkbookStylesPart>().Stylesheet = LedgerStyles.Build(options.Locale);
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var names = new DefinedNames();
        var taken = new List<string>();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var sheet = workbook.Sheets[i];
            var name = SheetName.Legal(XmlSafeText.Of(sheet.Name), taken);
            taken.Add(name);
            var part = main.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet, strings, selected: i == 0);
            sheets.Append(new Sheet { Name = name, SheetId = (uint)(i + 1), Id = main.GetIdOfPart(part) });
            // Excel's own names for the filter range and the rows printed on every page.
            names.Append(
                new DefinedName(CellReference.AbsoluteRange(name, sheet.Columns.Count, sheet.Rows.Count + 1))
                { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true },
                new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$1:$1")
                { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)i });
        }

        main.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        main.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheets,
            names);
        var properties = package.PackageProperties;
        properties.Title = workbook.Title is null ? null : XmlSafeText.Of(workbook.Title);
        properties.Creator = XmlSafeText.Of(options.Creator);
        properties.LastModifiedBy = properties.Creator;
        properties.Language = options.Locale == Localization.UserLocale.En ? "en-GB" : "zh-CN";
        if (options.Created is { } created)
        {
            properties.Created = created.UtcDateTime;
            properties.Modified = created.UtcDateTime;
        }
    }

    private static Worksheet Worksheet(LedgerSheet sheet, SharedStrings strings, bool selected)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < sheet.Columns.Count; c++)
        {
            header.Append(TextCell(c + 1, 1, sheet.Columns[c].Header, LedgerStyles.Header, strings));
        }

        data.Append(header);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var rowIndex = r + 2;
            var row = new Row { RowIndex = (uint)rowIndex };
            for (var c = 0; c < sheet.Columns.Count; c++)
            {
                if (Cell(sheet.Rows[r][c], c + 1, rowIndex, strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var lastColumn = sheet.Columns.Count;
        return new Worksheet(
            // Printed landscape, as wide as one page, as long as it needs.
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(
                new Pane
                {
                    VerticalSplit = 1,
                    TopLeftCell = "A2",
                    ActivePane = PaneValues.BottomLeft,
                    State = PaneStateValues.Frozen,
                },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            {
                TabSelected = selected,
                WorkbookViewId = 0,
            }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            new Columns(sheet.Columns.Select((column, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = column.Width,
                CustomWidth = true,
            })),
            data,
            new AutoFilter { Reference = $"A1:{CellReference.Cell(lastColumn, sheet.Rows.Count + 1)}" },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
    }

    private static Cell? Cell(LedgerCell value, int column, int row, SharedStrings strings) =>
        value switch
        {
            LedgerText { Text.Length: 0 } => null,
            LedgerText text => TextCell(column, row, text.Text, LedgerStyles.Text, strings),
            LedgerNumber number => NumberCell(column, row, number.Value.ToString(CultureInfo.InvariantCulture), LedgerStyles.Number),
            LedgerDate date => NumberCell(column, row, Serial(date.Date.ToDateTime(TimeOnly.MinValue)), LedgerStyles.Date),
            LedgerDateTime dateTime => NumberCell(column, row, Serial(dateTime.LocalTime), LedgerStyles.DateTime),
            _ => throw new NotSupportedException($"No workbook cell for {value.GetType().Name}."),
        };

    // Excel's serial date (days since 1899-12-30), which is what OLE Automation dates are.
    private static string Serial(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Unspecified).ToOADate().ToString("R", CultureInfo.InvariantCulture);

    private static Cell TextCell(int column, int row, string text, uint style, SharedStrings strings) =>
        new()
        {
            CellReference = CellReference.Cell(column, row),
            DataType = CellValues.SharedString,
            StyleIndex = style,
            CellValue = new CellValue(strings.IndexOf(text).ToString(CultureInfo.InvariantCulture)),
        };

    private static Cell NumberCell(int column, int row, string value, uint style) =>
        new()
        {
            CellReference = CellReference.Cell(column, row),
            StyleIndex = style,
            CellValue = new CellValue(value),
        };
}
