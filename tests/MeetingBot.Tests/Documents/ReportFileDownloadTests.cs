using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Documents;

/// <summary>
/// Through the HTTP pipeline: the secretary asks for the special report and gets .docx and .md attachments whose
/// links download the rendered report; the ledger comes as an .xlsx with its four sheets; a member gets the ledger
/// refused and no link to any file.
/// </summary>
public sealed class ReportFileDownloadTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TheSecretary_GetsTheReportAsWordAndMarkdown_WithTheReportsHeadings()
    {
        var bed = await HeldMeetingAsync();
        using var client = factory.CreateClient();

        var replies = await bed.SayAsync(client, bed.Secretary, "专题报告");

        var files = Files(replies);
        Assert.Equal(["专题报告-草稿.docx", "专题报告-草稿.md"], files.Select(f => f["name"]!.GetValue<string>()));
        Assert.Contains("下载「专题报告-草稿.docx」", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var docx = await DownloadAsync(client, files[0]);
        using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var text = string.Join("\n", word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("一、会前准备情况", text, StringComparison.Ordinal);
            Assert.Contains("二、会议召开情况", text, StringComparison.Ordinal);
            Assert.Contains("四、整改措施", text, StringComparison.Ordinal);
        }

        var markdown = System.Text.Encoding.UTF8.GetString(await DownloadAsync(client, files[1]));
        Assert.Contains("会前准备情况", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLead_GetsTheReportFilesInEnglish_AMember_GetsNone()
    {
        var bed = await HeldMeetingAsync();
        using var client = factory.CreateClient();

        var lead = Files(await bed.SayAsync(client, bed.Lead, "report", locale: "en"));
        Assert.Equal(["special-report-draft.docx", "special-report-draft.md"], lead.Select(f => f["name"]!.GetValue<string>()));
        using (var word = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(client, lead[0])), false))
        {
            Assert.Contains("1. Preparation", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        var member = await bed.SayAsync(client, bed.Li, "专题报告");
        Assert.Empty(Files(member));
        Assert.DoesNotContain("/documents/", MeetingTestBed.AllStrings(member), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretary_GetsTheLedgerWorkbook_WithItsSheets()
    {
        var bed = await HeldMeetingAsync();
        await bed.SubmitMaterialAsync(bed.Li);
        using var client = factory.CreateClient();

        var replies = await bed.SayAsync(client, bed.Secretary, "台账");

        var file = Assert.Single(Files(replies));
        Assert.Equal("台账.xlsx", file["name"]!.GetValue<string>());
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(client, file)), false);
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["参会人员", "谈心谈话", "材料及审核", "整改清单"], sheets);
        var strings = workbook.WorkbookPart.SharedStringTablePart!.SharedStringTable!.InnerText;
        Assert.Contains("李敏", strings, StringComparison.Ordinal);
        Assert.Contains("待审核", strings, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, strings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMember_AskingForTheLedger_IsRefused_InHisLanguage_WithoutALink()
    {
        var bed = await HeldMeetingAsync();
        using var client = factory.CreateClient();

        var chinese = await bed.SayAsync(client, bed.Li, "台账");
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。", MeetingTestBed.Texts(chinese));
        Assert.Empty(Files(chinese));
        var english = await bed.SayAsync(client, bed.Lead, "ledger", locale: "en");
        Assert.Equal("Only the meeting's secretary can do this. Ask 王秘书 if it needs doing.", MeetingTestBed.Texts(english));
        Assert.DoesNotContain("/documents/", MeetingTestBed.AllStrings(english), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTeams_TheLinksComeInTheText_NotAsFileAttachments()
    {
        var bed = await HeldMeetingAsync("msteams");
        using var client = factory.CreateClient();

        var replies = await bed.SayAsync(client, bed.Secretary, "台账");

        Assert.Empty(Files(replies));
        var text = MeetingTestBed.Texts(replies);
        var url = text[(text.IndexOf("http", StringComparison.Ordinal))..].Split('\n')[0];
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(client, new JsonObject { ["contentUrl"] = url })), false);
        Assert.Equal(4, workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Count());
    }

    private async Task<MeetingTestBed> HeldMeetingAsync(string channelId = "webchat")
    {
        var bed = new MeetingTestBed(factory, channelId);
        await bed.CreateAsync();
        // Holding a meeting needs its whole preparation; the files only need a meeting after it, so it is set so.
        var held = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(bed.MeetingId),
            m => m! with { Status = MeetingStatus.Reporting, HeldAt = DateTimeOffset.UtcNow, Version = m.Version + 1 }, CancellationToken.None);
        Assert.True(held.IsSuccess);
        return bed;
    }

    private static List<JsonObject> Files(JsonArray replies) =>
        [.. replies.SelectMany(r => r?["attachments"]?.AsArray() ?? []).OfType<JsonObject>().Where(a => a["contentUrl"] is not null)];

    private static async Task<byte[]> DownloadAsync(HttpClient client, JsonObject file)
    {
        var url = new Uri(file["contentUrl"]!.GetValue<string>());
        using var response = await client.GetAsync(new Uri(url.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
