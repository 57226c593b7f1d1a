using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>The ledger workbook read back with OpenXml: what the office sees when it opens it in Excel or WPS.</summary>
public sealed class LedgerWriterTests : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _workbook;

    public LedgerWriterTests()
    {
        _stream = new MemoryStream(LedgerWriter.Render(SampleLedger.Chinese(), new RenderOptions(UserLocale.ZhCn, "青山镇党委办公室")));
        _workbook = SpreadsheetDocument.Open(_stream, isEditable: false);
    }

    private WorkbookPart Main => _workbook.WorkbookPart!;

    [Fact]
    public void Workbook_IsValidOpenXml()
    {
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(_workbook)
            .Select(error => $"{error.Path?.XPath}: {error.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void EverySheet_IsThere_WithALegalName()
    {
        var names = SheetNames();

        Assert.Equal(["参会人员及角色", "谈心谈话", "材料及审阅", "整改任务清单_公示版_：截至2026_11_24的状态及佐证材"], names);
        Assert.All(names, name => Assert.True(name.Length <= 31 && name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, name));
        Assert.Equal("青山镇2026年度专题民主生活会台账", _workbook.PackageProperties.Title);
    }

    [Fact]
    public void HeaderRow_IsBold_FrozenAndFiltered()
    {
        var sheet = Sheet("谈心谈话");
        var header = sheet.Descendants<Row>().First();
        var pane = sheet.Descendants<Pane>().Single();

        Assert.Equal(["谈话人", "谈话对象", "日期", "分歧是否消除"], header.Elements<Cell>().Select(Text));
        Assert.All(header.Elements<Cell>(), cell => Assert.True(IsBold(cell)));
        Assert.False(IsBold(sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().First()));
        Assert.Equal((PaneStateValues.Frozen, 1d, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value!));
        Assert.Equal("A1:D4", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        var names = Main.Workbook!.DefinedNames!.Elements<DefinedName>().Where(n => n.LocalSheetId!.Value == 1).ToDictionary(n => n.Name!.Value!, n => n.Text);
        Assert.Equal("'谈心谈话'!$A$1:$D$4", names["_xlnm._FilterDatabase"]);
        Assert.Equal("'谈心谈话'!$1:$1", names["_xlnm.Print_Titles"]);
    }

    [Fact]
    public void Dates_AreStoredAsRealDates_WithADateFormat()
    {
        var date = CellAt("谈心谈话", "C2");
        var dateTime = CellAt("材料及审阅", "E2");

        // 2026-11-02 is Excel day 46328; 2026-11-12 16:30 is day 46338 and 11/16 of a day.
        Assert.Null(date.DataType);
        Assert.Equal("46328", date.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd", FormatCode(date));
        Assert.Equal("46338.6875", dateTime.CellValue!.Text);
        Assert.Equal("yyyy-mm-dd hh:mm", FormatCode(dateTime));
    }

    [Fact]
    public void Numbers_AreNumbers_TextsAreShared_AndEmptyTextsLeaveNoCell()
    {
        var version = CellAt("材料及审阅", "C3");
        var strings = Main.SharedStringTablePart!.SharedStringTable!;

        Assert.Null(version.DataType);
        Assert.Equal("2", version.CellValue!.Text);
        Assert.Equal("王建国", Text(CellAt("谈心谈话", "A3")));
        Assert.True(strings.UniqueCount!.Value < strings.Count!.Value, "repeated texts such as 王建国 are stored once");
        Assert.DoesNotContain(Sheet("谈心谈话").Descendants<Cell>(), cell => cell.CellReference == "D4");
    }

    [Fact]
    public void Columns_HaveTheGivenWidths()
    {
        var columns = Sheet("材料及审阅").GetFirstChild<Columns>()!.Elements<Column>().ToList();

        Assert.Equal([10d, 24d, 6d, 10d, 18d], columns.Select(c => c.Width!.Value));
        Assert.All(columns, column => Assert.True(column.CustomWidth!.Value));
    }

    [Fact]
    public void RaggedRows_AndEmptyWorkbooks_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new LedgerSheet("x", [new LedgerColumn("a", 5), new LedgerColumn("b", 5)], [[LedgerCell.Of("only one")]]));
        Assert.Throws<ArgumentException>(() => LedgerWriter.Render(new LedgerWorkbook([]), new RenderOptions(UserLocale.ZhCn, "office")));
    }

    public void Dispose()
    {
        _workbook.Dispose();
        _stream.Dispose();
    }

    private List<string> SheetNames() => Main.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    private Worksheet Sheet(string name)
    {
        var sheet = Main.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Main.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    private Cell CellAt(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().Single(cell => cell.CellReference == reference);

    private string Text(Cell cell)
    {
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
        return Main.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
    }

    private CellFormat Format(Cell cell) =>
        Main.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);

    private bool IsBold(Cell cell) =>
        Main.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().ElementAt((int)Format(cell).FontId!.Value).Bold is not null;

    private string FormatCode(Cell cell)
    {
        var id = Format(cell).NumberFormatId!.Value;
        return Main.WorkbookStylesPart!.Stylesheet!.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == id).FormatCode!.Value!;
    }
}
