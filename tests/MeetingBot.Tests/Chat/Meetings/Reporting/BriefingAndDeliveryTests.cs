using System.Globalization;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;

using static MeetingBot.Tests.Chat.Meetings.Reporting.ReportingScenario;

namespace MeetingBot.Tests.Chat.Meetings.Reporting;

/// <summary>
/// 会后通报 through the HTTP pipeline, in both languages: the briefing before the report where the template asks for it
/// (the seed's) and not where it does not (the retrospective), delivery to each addressee, the masses told last, and
/// the refusals for every role that may not act.
/// </summary>
public sealed class BriefingAndDeliveryTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task SeedMeeting_BriefingThenReportThenEachAddresseeThenTheMasses_WithEveryRoleRefusedInItsLanguage()
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        var (supervisor, held) = await HeldWithSupervisorAsync(seeded);
        using var client = factory.CreateClient();
        var yesterday = held.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var member = seeded.Member(1);

        // Members and supervisors may not record the briefing; the report waits for it.
        Assert.Equal(["Only the secretary or the lead records the briefing; please ask 秘书 or 书记 to record it."],
            await SayAsync(seeded, client, member, $"record briefing {yesterday} scope: all cadres content: how it went", "en"));
        Assert.Equal(["只有会议组织者（领导小组办公室）或主要负责同志可以记录通报会，请告知秘书或书记记录。"],
            await seeded.SayAsync(client, supervisor, $"记录通报会 {yesterday} 范围：全体干部 内容：会议情况"));
        Assert.StartsWith("Hold the briefing first and record it", Single(await SayAsync(seeded, client, seeded.Secretary, "report submit", "en")), StringComparison.Ordinal);
        Assert.StartsWith("请先召开通报会并记录", Single(await seeded.SayAsync(client, seeded.Secretary, "专题报告 送审")), StringComparison.Ordinal);

        // The lead says it as a sentence; the report then goes to the supervisors.
        Assert.Equal([$"已记录：{yesterday}召开通报会，范围：全体干部。"],
            await seeded.SayAsync(client, seeded.Lead, $"已于{yesterday}召开通报会，范围：全体干部，内容：会前准备、批评与自我批评、整改措施情况"));
        Assert.Equal(["专题报告第1稿已送督导组审阅。"], await seeded.SayAsync(client, seeded.Secretary, "专题报告 送审"));
        Assert.Equal(["The special report has gone to the supervisors; the briefing record can no longer change."],
            await SayAsync(seeded, client, seeded.Lead, $"record briefing {yesterday} scope: all content: again", "en"));
        Assert.Equal(["专题报告第1稿已审定。"], await seeded.SayAsync(client, supervisor, "审阅报告 通过"));

        // Only the secretary records deliveries.
        foreach (var refused in new[] { member, seeded.Lead, supervisor })
        {
            Assert.Equal(["Only the meeting's secretary can do this. Ask 秘书 if it needs doing."], await SayAsync(seeded, client, refused, "record submission Organisation department", "en"));
        }

        Assert.StartsWith("\"County propaganda department\" is not one of the report's addressees: Superior campaign leading group office, ",
            Single(await SayAsync(seeded, client, seeded.Secretary, "record submission County propaganda department", "en")), StringComparison.Ordinal);
        Assert.StartsWith("The report is announced once it has gone to every addressee. Still missing: Superior campaign leading group office, "
            + "Superior discipline inspection commission, Organisation department.",
            Single(await SayAsync(seeded, client, seeded.Secretary, "record submission announced town notice board", "en")), StringComparison.Ordinal);

        Assert.StartsWith("报送日期不能早于报告审定日期", Single(await seeded.SayAsync(client, seeded.Secretary, $"报告已报送 组织部 {yesterday}")), StringComparison.Ordinal);
        var first = await ConfirmedAsync(seeded, client, seeded.Secretary, "报告已报送 组织部 今天");
        Assert.StartsWith("已记录：专题报告于", first, StringComparison.Ordinal);
        Assert.EndsWith("报送“组织部”。\n尚未报送：上级教育实践活动领导小组办公室、上级纪委", first, StringComparison.Ordinal);
        Assert.Equal("Delivery to Organisation department is recorded already; nothing to add.",
            Single(await SayAsync(seeded, client, seeded.Secretary, "record submission Organisation department", "en")));
        Assert.EndsWith("Not yet submitted to: Superior campaign leading group office",
            await ConfirmedAsync(seeded, client, seeded.Secretary, "record submission Superior discipline inspection commission", "en"), StringComparison.Ordinal);
        var status = string.Join('\n', await seeded.SayAsync(client, member, "进度", inGroup: true));
        Assert.Contains($"通报会：{yesterday}已召开。\n尚未报送：上级教育实践活动领导小组办公室", status, StringComparison.Ordinal);
        Assert.EndsWith("已报送全部对象。", await ConfirmedAsync(seeded, client, seeded.Secretary, "报送 上级教育实践活动领导小组办公室"), StringComparison.Ordinal);
        Assert.StartsWith("已记录：专题报告于", await ConfirmedAsync(seeded, client, seeded.Secretary, "报送 通报 群众代表会"), StringComparison.Ordinal);

        Assert.Contains("Submitted to every addressee.\nAnnounced to the masses on ", Single(await SayAsync(seeded, client, member, "status", "en")), StringComparison.Ordinal);

        var report = (await seeded.Storage.ReadAsync<Coordination.Reports.ReportCirculation>(DocumentKeys.Of(DocumentId.SpecialReport(seeded.Meeting.Id))))!.Value;
        Assert.Equal(("全体干部", 4), (report.Briefing!.Scope, report.Deliveries.Count));
        Assert.Contains(report.History, h => h.Action == AuditActions.BriefingRecorded && h.ActorId == seeded.Lead);
    }

    [Fact]
    public async Task ATemplateWithoutTheRule_SubmitsTheReportWithoutABriefing_AndTakesAnyPlace()
    {
        var seeded = await SeededMeeting.CreateAsync(factory, templateId: "project-retrospective");
        var (supervisor, _) = await HeldWithSupervisorAsync(seeded);
        using var client = factory.CreateClient();

        Assert.Equal(["Version 1 of the special report is with the supervisors for review."], await SayAsync(seeded, client, seeded.Secretary, "report submit", "en"));
        Assert.Equal(["Version 1 of the special report is approved."], await SayAsync(seeded, client, supervisor, "review report approve", "en"));
        Assert.StartsWith("Recorded: the special report was announced at \"team channel\"",
            await ConfirmedAsync(seeded, client, seeded.Secretary, "record submission announced team channel", "en"), StringComparison.Ordinal);
    }

    private static string Single(List<string> replies) => Assert.Single(replies);

    /// <summary>Says an irreversible command and confirms it; the reply after confirming.</summary>
    private static async Task<string> ConfirmedAsync(SeededMeeting seeded, HttpClient client, string userId, string text, string locale = "zh-CN")
    {
        var asked = Single(await SayAsync(seeded, client, userId, text, locale));
        Assert.True(asked.StartsWith("请确认：", StringComparison.Ordinal) || asked.StartsWith("Please confirm:", StringComparison.Ordinal), asked);
        return Single(await SayAsync(seeded, client, userId, locale == "en" ? "confirm" : "确认", locale));
    }
}
