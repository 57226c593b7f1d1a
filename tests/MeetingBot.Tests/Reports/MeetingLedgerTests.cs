using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Reports;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Neutral = global::MeetingBot.Reports.Rendering;

namespace MeetingBot.Tests.Reports;

/// <summary>The ledger is a pure mapping of the dossier: participants, the talk matrix, versions with decisions (no content), rectification.</summary>
public sealed class MeetingLedgerTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Secret = "SECRET-content-1f2e";
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static readonly Actor Secretary = new("sec", "王秘书", "t");
    private static readonly Actor Lead = new("lead", "迟永生", "t");
    private static readonly Actor Li = new("li", "李敏", "t");
    private static readonly Actor Zhang = new("zhang", "张伟", "t");

    private ProcessTemplate Template => factory.Services.GetRequiredService<TemplateLibrary>().Find("democratic-life-meeting")!;

    [Fact]
    public void TheChineseLedger_HasItsFourSheets_WithParticipantsAndRoles()
    {
        var workbook = MeetingLedger.For(Dossier(), Template, UserLocale.ZhCn, Now);

        Assert.Equal(["参会人员", "谈心谈话", "材料及审核", "整改清单"], workbook.Sheets.Select(s => s.Name));
        var people = workbook.Sheets[0].Rows;
        Assert.Contains(people, r => Text(r[0]) == "迟永生" && Text(r[1]).Contains("主持人", StringComparison.Ordinal));
        Assert.Contains(people, r => Text(r[0]) == "李敏" && Text(r[1]) == "班子成员");
    }

    [Fact]
    public void TheTalkMatrix_ShowsTheHeldDate_OrNotRecorded_AndNothingOnTheDiagonal()
    {
        var talks = MeetingLedger.For(Dossier(), Template, UserLocale.ZhCn, Now).Sheets[1];
        var names = talks.Columns.Skip(1).Select(c => c.Header).ToList();
        var li = talks.Rows.Single(r => Text(r[0]) == "李敏");
        var zhang = talks.Rows.Single(r => Text(r[0]) == "张伟");

        Assert.Equal(new DateOnly(2026, 11, 10), Assert.IsType<Neutral.LedgerDate>(li[1 + names.IndexOf("张伟")]).Date);
        Assert.Equal(new DateOnly(2026, 11, 10), Assert.IsType<Neutral.LedgerDate>(zhang[1 + names.IndexOf("李敏")]).Date);
        Assert.Equal(string.Empty, Text(li[1 + names.IndexOf("李敏")]));
        Assert.Contains(li.Skip(1), c => c is Neutral.LedgerText { Text: "未记录" });
    }

    [Fact]
    public void Deliverables_ListEveryVersionWithItsDecision_NeverTheContent()
    {
        var sheet = MeetingLedger.For(Dossier(), Template, UserLocale.ZhCn, Now).Sheets[2];

        var rows = sheet.Rows.Where(r => Text(r[1]) == "李敏").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal([1m, 2m], rows.Select(r => Assert.IsType<Neutral.LedgerNumber>(r[3]).Value));
        Assert.Equal(["退回", "待审核"], rows.Select(r => Text(r[5])));
        Assert.Equal("迟永生", Text(rows[0][6]));
        Assert.IsType<Neutral.LedgerDateTime>(rows[0][4]);
        Assert.DoesNotContain(sheet.Rows.SelectMany(r => r), c => c is Neutral.LedgerText t && t.Text.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRectificationList_HasEachTasksStatus_InEnglishToo()
    {
        var sheet = MeetingLedger.For(Dossier(), Template, UserLocale.En, Now).Sheets[3];

        Assert.Equal("Rectification", sheet.Name);
        Assert.Equal(["overdue", "done"], sheet.Rows.Select(r => Text(r[5])));
        Assert.Equal(new DateOnly(2026, 11, 15), Assert.IsType<Neutral.LedgerDate>(sheet.Rows[1][6]).Date);
        Assert.Equal(string.Empty, Text(sheet.Rows[0][6]));
    }

    [Fact]
    public void TheWorkbook_IsWritten_ByTheLedgerWriter()
    {
        var workbook = MeetingLedger.For(Dossier(), Template, UserLocale.ZhCn, Now);

        Assert.NotEmpty(Neutral.LedgerWriter.Render(workbook, new Neutral.RenderOptions(UserLocale.ZhCn, "王秘书", Now)));
    }

    private static string Text(Neutral.LedgerCell cell) => Assert.IsType<Neutral.LedgerText>(cell).Text;

    private MeetingDossier Dossier()
    {
        var template = Template;
        var create = new CreateMeeting("m-ledger", "专题民主生活会", new DateTime(2026, 12, 1, 9, 0, 0), "会议室", "Asia/Shanghai",
            new Person(Lead.UserId, Lead.Name), [new Person(Li.UserId, Li.Name), new Person(Zhang.UserId, Zhang.Name)], [], []);
        var meeting = create.Decide(template, Secretary, Now.AddDays(-30)).Value;
        var material = new ExaminationMaterial([new ExaminedProblem("formalism", Secret, "例")], Secret, Secret, [Secret], null);
        var first = new Submit(0, "self-examination", null, material).Decide(meeting, template, null, Li, Now.AddDays(-10)).Value;
        var returned = first with { Reviews = [new ReviewDecision(1, Lead.UserId, Now.AddDays(-9), false, Secret)], State = SubmissionState.Returned };
        var second = new Submit(returned.Version, "self-examination", null, material).Decide(meeting, template, returned, Li, Now.AddDays(-8)).Value;
        var talk = new RecordTalk(0, Zhang.UserId, new TalkNotes(new DateOnly(2026, 11, 10), Secret, Secret, Secret, true))
            .Decide(meeting, template, null, Li, Now.AddDays(-9)).Value;
        var done = new RectificationTask(2, "问题二", "措施二", Zhang.UserId, new DateOnly(2026, 12, 31), RectificationTaskState.Done,
            [new TaskUpdate(new DateTimeOffset(2026, 11, 15, 2, 0, 0, TimeSpan.Zero), Zhang.UserId, RectificationTaskState.Done, "完成", "文件")], Now.AddDays(-5));
        var late = new RectificationTask(1, "问题一", "措施一", Li.UserId, new DateOnly(2026, 11, 1), RectificationTaskState.Open, [], Now.AddDays(-25));
        return new MeetingDossier(meeting, [second], [talk], null, [])
        {
            Rectification = new RectificationList(meeting.Id, [done, late], [], 1, []),
        };
    }
}
