using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Documents;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

using static MeetingBot.Tests.Chat.Meetings.Reporting.ReportingScenario;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

/// <summary>
/// The office edits the drafted special report (a section typed in chat, or a Word file uploaded) and sends that
/// version for the supervisors' review; their comments and approval are on that version, and a later edit needs a new
/// review. Through the HTTP pipeline, in both languages, with the refusals for every role that may not edit.
/// </summary>
public sealed class ReportVersionsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task OfficeEditsASection_SendsThatVersion_ThenUploadsAWordVersion_TheSupervisorsDecideOnEach()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        var (supervisor, held) = await HeldWithSupervisorAsync(seeded);
        using var client = factory.CreateClient();
        var heldOn = held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await seeded.SayAsync(client, seeded.Lead, $"已于{heldOn}召开通报会，范围：全体干部，内容：会前准备、批评与自我批评、整改措施情况");

        // A section typed in chat: a new version the office reads before sending it.
        var edited = await seeded.SayAsync(client, seeded.Secretary, "修改报告 第二部分：会议在党委会议室召开，应到6人，实到6人。");
        var draft = string.Join('\n', await seeded.SayAsync(client, seeded.Secretary, "专题报告"));
        var sent = await seeded.SayAsync(client, seeded.Secretary, "专题报告 送审");
        var supervisorReads = string.Join('\n', await seeded.SayAsync(client, supervisor, "专题报告"));
        var returned = await seeded.SayAsync(client, supervisor, "审阅报告 退回 第三部分要写明每名成员的问题");

        Assert.Equal(["专题报告第1稿已保存（修改了第2部分）。发送“专题报告”查看，发送“专题报告 送审”送督导组审阅。"], edited);
        Assert.Contains("会议在党委会议室召开，应到6人，实到6人。", draft, StringComparison.Ordinal);
        Assert.Contains("状态：第1稿已由办公室修改，尚未送审。", draft, StringComparison.Ordinal);
        Assert.Equal(["专题报告第1稿已送督导组审阅。"], sent);
        Assert.Contains("会议在党委会议室召开，应到6人，实到6人。", supervisorReads, StringComparison.Ordinal);
        Assert.Equal(["专题报告第1稿已退回秘书修改。"], returned);

        // A Word version with the four numbered sections; sent, approved with a comment.
        var docx = TestDocx.Build(
            TestDocx.Paragraph("关于召开专题民主生活会情况的报告"),
            TestDocx.Paragraph("一、会前准备情况"), TestDocx.Paragraph("班子成员认真学习，广泛征求意见。"),
            TestDocx.Paragraph("二、会议召开情况"), TestDocx.Paragraph("会议在党委会议室召开，应到6人，实到6人。"),
            TestDocx.Paragraph("三、批评和自我批评情况"), TestDocx.Paragraph("张伟同志：调研不深入，每月下基层不足2次。"),
            TestDocx.Paragraph("四、整改措施"), TestDocx.Paragraph("精简会议，每月全镇性会议不超过2次。"));
        var uploaded = await UploadAsync(seeded, client, seeded.Secretary, "修改报告", docx, "专题报告第二稿.docx");
        var resent = await seeded.SayAsync(client, seeded.Secretary, "专题报告 送审");
        var approved = await seeded.SayAsync(client, supervisor, "审阅报告 通过 同意上报");

        Assert.Equal(["专题报告第2稿已保存（按上传的专题报告第二稿.docx修改了4个部分）。发送“专题报告”查看，发送“专题报告 送审”送督导组审阅。"], uploaded);
        Assert.Equal(["专题报告第2稿已送督导组审阅。"], resent);
        Assert.Equal(["专题报告第2稿已审定。"], approved);
        var report = await StoredAsync(seeded);
        Assert.Equal(SubmissionState.Approved, report.State);
        Assert.Equal((ReportEditKind.Section, 2), (report.Versions[0].Edit!.Kind, report.Versions[0].Edit!.SectionNumber));
        Assert.Equal(ReportEditKind.Document, report.Versions[1].Edit!.Kind);
        Assert.Contains(report.Versions[1].Report.Sections[2].Blocks, b => b is ReportParagraph { Text.ZhCn: "张伟同志：调研不深入，每月下基层不足2次。" });
        Assert.Equal([(1, false, "第三部分要写明每名成员的问题"), (2, true, "同意上报")], report.Reviews.Select(r => (r.VersionNumber, r.Approved, r.Comment)));

        // A later edit reopens the report: it cannot be delivered until the supervisors review the new version.
        Assert.StartsWith("专题报告第3稿已保存", Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "修改报告 4 精简会议文件，全年发文减少三成。")), StringComparison.Ordinal);
        Assert.DoesNotContain("已记录", string.Join('\n', await seeded.SayAsync(client, seeded.Secretary, "报告已报送 组织部 今天")), StringComparison.Ordinal);
        Assert.Equal(["专题报告第3稿已送督导组审阅。"], await seeded.SayAsync(client, seeded.Secretary, "专题报告 送审"));
        Assert.Equal(["专题报告正在督导组审阅中。"], await seeded.SayAsync(client, seeded.Secretary, "修改报告 4 再改一次"));
        Assert.Equal(["专题报告第3稿已审定。"], await seeded.SayAsync(client, supervisor, "审阅报告 通过"));
        var last = await StoredAsync(seeded);
        Assert.Equal(3, last.Approval!.VersionNumber);
        Assert.Contains(last.History, h => h.Action == AuditActions.ReportEdited && h.ActorId == seeded.Secretary);
    }

    [Fact]
    public async Task EveryRoleButTheOffice_IsRefused_AndBadEditsAreToldWhatToDo()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        var (supervisor, held) = await HeldWithSupervisorAsync(seeded);
        using var client = factory.CreateClient();
        var heldOn = held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.StartsWith("请先召开通报会并记录", Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "修改报告 2 会议情况")), StringComparison.Ordinal);
        await seeded.SayAsync(client, seeded.Lead, $"已于{heldOn}召开通报会，范围：全体干部，内容：会议情况");
        foreach (var refused in new[] { seeded.Lead, seeded.Member(1), supervisor })
        {
            Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系秘书。"], await seeded.SayAsync(client, refused, "修改报告 2 会议情况"));
            Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系秘书。"],
                await UploadAsync(seeded, client, refused, "修改报告", TestDocx.Build(TestDocx.Paragraph("一、会前准备"), TestDocx.Paragraph("内容")), "报告.docx"));
        }

        Assert.Equal(["专题报告没有第9部分（共有：1、2、3、4）。例如：修改报告 2 新的内容"], await seeded.SayAsync(client, seeded.Secretary, "修改报告 9 会议情况"));
        Assert.StartsWith("请在部分编号后写上新的内容", Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "修改报告 2")), StringComparison.Ordinal);
        Assert.StartsWith("请写明修改哪一部分和新的内容", Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "修改报告 会议很好")), StringComparison.Ordinal);
        Assert.StartsWith("文件中没有找到编号的部分",
            Assert.Single(await UploadAsync(seeded, client, seeded.Secretary, "修改报告", TestDocx.Build(TestDocx.Paragraph("会议开得很好。")), "报告.docx")), StringComparison.Ordinal);
        Assert.Null(await factory.Services.GetRequiredService<IStorage>().ReadAsync<ReportCirculation>(DocumentKeys.Of(DocumentId.SpecialReport(seeded.Meeting.Id))) is { Value.Versions.Count: > 0 } ? "edited" : null);
    }

    [Fact]
    public async Task OnTheSecondTemplate_InEnglish_TheOrganiserEditsAndSendsThatVersion()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, templateId: "project-retrospective");
        var (supervisor, _) = await HeldWithSupervisorAsync(seeded);
        using var client = factory.CreateClient();

        Assert.Equal(["Version 1 of the special report is saved (section 2 replaced). Send \"report\" to read it, \"report submit\" to send it to the supervisors."],
            await SayAsync(seeded, client, seeded.Secretary, "edit-report 2 The retrospective ran for two hours; everyone attended.", "en"));
        Assert.Equal(["Only the meeting's secretary can do this. Ask 秘书 if it needs doing."], await SayAsync(seeded, client, seeded.Lead, "edit-report 2 Something else", "en"));
        Assert.Equal(["Version 1 of the special report is with the supervisors for review."], await SayAsync(seeded, client, seeded.Secretary, "report submit", "en"));
        Assert.Contains("The retrospective ran for two hours; everyone attended.", string.Join('\n', await SayAsync(seeded, client, supervisor, "report", "en")), StringComparison.Ordinal);
        Assert.Equal(["Version 1 of the special report is approved."], await SayAsync(seeded, client, supervisor, "review report approve", "en"));
    }

    private static async Task<ReportCirculation> StoredAsync(SeededMeeting seeded) =>
        (await seeded.Storage.ReadAsync<ReportCirculation>(DocumentKeys.Of(DocumentId.SpecialReport(seeded.Meeting.Id))))!.Value;

    private static Task<List<string>> UploadAsync(SeededMeeting seeded, HttpClient client, string userId, string text, byte[] docx, string name)
    {
        var message = seeded.Message(userId, text);
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = UploadActivities.DocxType,
            ["name"] = name,
            ["contentUrl"] = $"data:{UploadActivities.DocxType};base64,{Convert.ToBase64String(docx)}",
        });
        return SeededMeeting.SendAsync(client, message);
    }
}
