using MeetingBot.Localization;
using MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports.Rendering;

/// <summary>
/// The rendered files open in a real office suite: LibreOffice converts them to PDF, and the PDF has the pages and text
/// expected. A document Word or LibreOffice cannot read fails here rather than on the office's desk.
/// </summary>
public sealed class LibreOfficeConversionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-render-").FullName;

    [LibreOfficeFact]
    public async Task ChineseReport_ConvertsToPdf_WithItsHeadingsAndAPageNumberOnEveryPage()
    {
        var docx = Path.Combine(_folder, "special-report.docx");
        await File.WriteAllBytesAsync(docx, WordReportRenderer.Render(SampleSpecialReport.Chinese(), new RenderOptions(UserLocale.ZhCn, "青山镇党委办公室")));

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, _folder);

        var pages = await LibreOffice.PageCountAsync(pdf);
        Assert.True(pages >= 2, $"the sample report with its long talk table should take at least two pages, not {pages}");
        // pdftotext guesses spaces from the gaps between glyphs, so the text is compared without them.
        var text = (await LibreOffice.TextAsync(pdf)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("一、会前准备情况", text, StringComparison.Ordinal);
        Assert.Contains("（六）会前把关", text, StringComparison.Ordinal);
        Assert.Contains("四、下一步工作", text, StringComparison.Ordinal);
        // The talk table runs onto a second page, where its header row is printed again.
        Assert.True(Occurrences(text, "交换意见情况") >= 2, "the talk table's header row should repeat on the page it continues on");
        // The PAGE field is evaluated on each page: "— 1 —" on the first, "— N —" on the last.
        Assert.Contains("\n—1—\n", text, StringComparison.Ordinal);
        Assert.Contains($"\n—{pages}—\n", text, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public async Task EnglishReport_ConvertsToPdf_WithPageNumbers()
    {
        var docx = Path.Combine(_folder, "report-en.docx");
        await File.WriteAllBytesAsync(docx, WordReportRenderer.Render(SampleSpecialReport.English(), new RenderOptions(UserLocale.En, "Organising office")));

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, _folder);

        Assert.True(await LibreOffice.PageCountAsync(pdf) >= 1);
        var text = (await LibreOffice.TextAsync(pdf)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("1.1Talks", text, StringComparison.Ordinal);
        Assert.Contains("Page1", text, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public async Task Ledger_ConvertsToPdf_WithEverySheetsContent()
    {
        var xlsx = Path.Combine(_folder, "ledger.xlsx");
        await File.WriteAllBytesAsync(xlsx, LedgerWriter.Render(SampleLedger.Chinese(), new RenderOptions(UserLocale.ZhCn, "青山镇党委办公室")));

        var pdf = await LibreOffice.ConvertToPdfAsync(xlsx, _folder);

        Assert.True(await LibreOffice.PageCountAsync(pdf) >= 1);
        var text = (await LibreOffice.TextAsync(pdf)).Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("审阅结果", text, StringComparison.Ordinal);
        // Dates print through their number formats, which proves they are stored as dates.
        Assert.Contains("2026-11-02", text, StringComparison.Ordinal);
        Assert.Contains("2026-11-1216:30", text, StringComparison.Ordinal);
        Assert.Contains("公务接待管理不严", text, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
