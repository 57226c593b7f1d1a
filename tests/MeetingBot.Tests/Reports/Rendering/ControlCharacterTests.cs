using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>Text pasted into chat can carry control characters XML cannot hold; the files still save, without them.</summary>
public sealed class ControlCharacterTests
{
    private const string Pasted = "整改\u0001措施\u0008\uD800完成";

    [Fact]
    public void WordReport_DropsThem_AndKeepsTheText()
    {
        var document = new ReportDocument(Pasted, [new LayoutSection(Pasted, [new LayoutParagraph(Pasted), new LayoutTable([Pasted], [[Pasted]])])]);

        using var word = new RenderedWord(WordReportRenderer.Render(document, new RenderOptions(UserLocale.ZhCn, "办公室\u0007")));

        Assert.Equal("整改措施完成", word.TextsIn(WordStyles.Title).Single());
        Assert.Equal("一、整改措施完成", word.TextsIn(WordStyles.Heading1).Single());
        Assert.Equal("整改措施完成", word.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Last().InnerText);
        Assert.Equal("办公室", word.Package.PackageProperties.Creator);
    }

    [Fact]
    public void Ledger_DropsThem_AndKeepsTheText()
    {
        var workbook = new LedgerWorkbook([new LedgerSheet("清单", [new LedgerColumn(Pasted, 10)], [[LedgerCell.Of(Pasted)]])]);

        using var stream = new MemoryStream(LedgerWriter.Render(workbook, new RenderOptions(UserLocale.ZhCn, "办公室")));
        using var package = SpreadsheetDocument.Open(stream, isEditable: false);

        var strings = package.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(item => item.InnerText);
        Assert.Equal(["整改措施完成"], strings);
    }
}
