using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using MeetingBot.Coordination.Texts;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reports;

public sealed class SpecialReportCompositionTests
{
    private static SpecialReport Compose(ClosingDesk desk) => SpecialReportComposition.Compose(desk.Dossier, desk.Desk.Template, desk.Now);

    private static ClosingDesk HeldWithMinutes() => ClosingDesk.Confirmed().MinutesRecorded().MarkedHeld();

    private static IEnumerable<BilingualText> Texts(ReportSection section) => section.Blocks.SelectMany(b => b switch
    {
        ReportParagraph p => [p.Text],
        ReportList l => l.Items,
        ReportTable t => [t.Caption, .. t.Columns, .. t.Rows.SelectMany(r => r)],
        _ => throw new InvalidOperationException(),
    });

    private static string Zh(ReportSection section) => string.Join("\n", Texts(section).Select(t => t.ZhCn));

    private static string En(ReportSection section) => string.Join("\n", Texts(section).Select(t => t.En));

    [Fact]
    public void EverySection_IsPresent_NumberedInOrder_WithTitleInBothLanguages()
    {
        var report = Compose(HeldWithMinutes());

        Assert.Equal([ReportSectionKind.Preparation, ReportSectionKind.Meeting, ReportSectionKind.Criticism, ReportSectionKind.Rectification],
            report.Sections.Select(s => s.Kind));
        Assert.Equal([1, 2, 3, 4], report.Sections.Select(s => s.Number));
        Assert.All(report.Sections, s => Assert.NotEmpty(s.Blocks));
        Assert.Equal($"关于召开“{Theme}”情况的报告", report.Title.ZhCn);
        Assert.Equal($"Report on \"{Theme}\"", report.Title.En);
        Assert.Contains("专题民主生活会", report.Subtitle.ZhCn, StringComparison.Ordinal);
        Assert.Contains("2014-07-15", report.Subtitle.En, StringComparison.Ordinal);
        Assert.Equal("dlm-2014-07", report.MeetingId);
    }

    [Fact]
    public void Preparation_CountsStudyProblemsTalksMaterialsAndOutlines()
    {
        var desk = HeldWithMinutes();
        var planned = TalkPlan.For(desk.Meeting, desk.Desk.Template).Talks.Count;

        var preparation = Compose(desk).Section(ReportSectionKind.Preparation)!;

        var zh = Zh(preparation);
        Assert.Contains("精心组织学习：6/6名班子成员报告了学习情况。", zh, StringComparison.Ordinal);
        Assert.Contains("6名班子成员共查摆问题18条，其中主动认账12条，说明不准确6条。", zh, StringComparison.Ordinal);
        Assert.Contains($"谈心谈话方案共{planned}对，已记录{planned}对，经双方确认{planned}对。", zh, StringComparison.Ordinal);
        Assert.Contains("个人对照检查材料：6/6份已审定（审阅中退回修改0次）。", zh, StringComparison.Ordinal);
        Assert.Contains("批评发言提纲：应写30份，经主要负责同志审阅把关审定30份", zh, StringComparison.Ordinal);
        Assert.Contains("班子对照检查材料：由主要负责同志主持起草", zh, StringComparison.Ordinal);
        Assert.Contains("应到6人，确认出席6人，请假0人（法定人数4人）", zh, StringComparison.Ordinal);
        Assert.Contains("准备工作全部完成后确认召开", zh, StringComparison.Ordinal);
        Assert.Contains("Finding problems: the 6 members listed 18 problems; 12 acknowledged, 6 noted as not accurate.", En(preparation), StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_AreCountedByEveryCategoryOfTheTemplate_WithATotal()
    {
        var table = Compose(HeldWithMinutes()).Section(ReportSectionKind.Preparation)!.Blocks.OfType<ReportTable>().Single();

        var counts = table.Rows.ToDictionary(r => r[0].ZhCn, r => r[1].ZhCn);
        Assert.Equal(SeedTemplates.DemocraticLifeMeeting.ProblemCategories.Count + 1, table.Rows.Count);
        Assert.Equal(("6", "6", "6", "0", "0", "18"), (counts["形式主义"], counts["官僚主义"], counts["享乐主义"], counts["奢靡之风"], counts["不落实"], counts["合计"]));
        Assert.Equal(["Category", "Count"], table.Columns.Select(c => c.En));
    }

    [Fact]
    public void AnOverride_IsShownWithItsReasonAndHowManyGapsItOverrode()
    {
        var desk = ClosingDesk.Confirmed(overrideReason: "上级要求按期召开，未完成事项会后补齐");
        var gaps = desk.Meeting.Confirmation!.GapsOverridden;

        var preparation = Compose(desk).Section(ReportSectionKind.Preparation)!;

        Assert.True(gaps > 0);
        Assert.Contains($"会前把关时尚有{gaps}项准备工作未完成，经主要负责同志决定按期召开，理由：上级要求按期召开，未完成事项会后补齐", Zh(preparation), StringComparison.Ordinal);
        Assert.Contains($"{gaps} item(s) of preparation were outstanding; the lead decided to go ahead. Reason: 上级要求按期召开", En(preparation), StringComparison.Ordinal);
        Assert.Contains("批评发言提纲：应写30份，经主要负责同志审阅把关审定0份", Zh(preparation), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnconfirmedMeeting_IsReportedAsSuch_WithItsGaps()
    {
        var desk = new ClosingDesk(MeetingDesk.SeedMeeting());
        var gaps = desk.Desk.Readiness().Gaps.Count;

        var preparation = Zh(Compose(desk).Section(ReportSectionKind.Preparation)!);

        Assert.Contains($"会议尚未确认召开，会前准备还有{gaps}项未完成。", preparation, StringComparison.Ordinal);
        Assert.DoesNotContain("理由", preparation, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOpinionsFiledInTheProblemLists_AreCountedWithHowTheyWereAnswered()
    {
        var desk = ClosingDesk.Confirmed();
        var meeting = desk.Meeting;
        var collection = new RecordOpinion(0, "安全生产检查走过场", OpinionSource.Superior, Li.UserId).Decide(meeting, null, Lead, desk.Now).Value;
        collection = new RecordOpinion(collection.Version, "会议多", OpinionSource.Masses, Li.UserId).Decide(meeting, collection, Secretary, desk.Now).Value;
        collection = new AnswerOpinion(collection.Version, 1, OpinionAnswerKind.Acknowledged, null).Decide(meeting, collection, Li, desk.Now).Value;
        var stored = desk.Dossier.Submissions.FirstOrDefault(s => s.DeliverableId == "problem-list" && s.AuthorId == Li.UserId);
        var filed = new FileOpinions(stored?.Version ?? 0, Li.UserId).Decide(meeting, desk.Desk.Template, stored, collection, Secretary, desk.Now).Value;
        var dossier = desk.Dossier with { Submissions = [.. desk.Dossier.Submissions.Where(s => s != stored), filed] };

        var preparation = SpecialReportComposition.Compose(dossier, desk.Desk.Template, desk.Now).Section(ReportSectionKind.Preparation)!;

        Assert.Contains("群众提、上级点、集体议的意见交班子成员回应2条，其中认账1条，说明情况0条，待回应1条。", Zh(preparation), StringComparison.Ordinal);
        Assert.Contains("2 opinion(s) of the masses, the superior or the team were given to members to answer: 1 accepted, 0 explained, 1 awaiting an answer.", En(preparation), StringComparison.Ordinal);
        Assert.DoesNotContain("安全生产检查走过场", Zh(preparation), StringComparison.Ordinal);
    }

    [Fact]
    public void TheMeetingSection_SaysWhenWhereWhoAndHowManyCriticisms()
    {
        var meeting = Zh(Compose(HeldWithMinutes()).Section(ReportSectionKind.Meeting)!);

        Assert.Contains($"会议于2014-07-15在{Place}召开，班子成员6人参加，吴刚、郑红到会指导。", meeting, StringComparison.Ordinal);
        Assert.Contains("主要负责同志迟永生代表班子作对照检查", meeting, StringComparison.Ordinal);
        Assert.Contains("共6人次", meeting, StringComparison.Ordinal);
    }

    [Fact]
    public void Criticism_ComesFromTheMinutes_PerMemberWithWhoRaisedIt()
    {
        var criticism = Compose(HeldWithMinutes()).Section(ReportSectionKind.Criticism)!;

        var table = criticism.Blocks.OfType<ReportTable>().Single();
        Assert.Equal(Members.Select(m => m.Name), table.Rows.Select(r => r[0].ZhCn));
        Assert.Equal(("李敏的自我批评", "张伟：张伟对李敏的批评", "诚恳接受，认真整改"), (table.Rows[1][1].ZhCn, table.Rows[1][2].ZhCn, table.Rows[1][3].ZhCn));
        Assert.Contains("班子对照检查：班子在落实八项规定方面存在差距", Zh(criticism), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutMinutes_TheCriticismSectionSaysSo_AndTheMeetingSectionSaysNotHeld()
    {
        var report = Compose(ClosingDesk.Confirmed());

        Assert.Equal("会议记录尚未录入。", Zh(report.Section(ReportSectionKind.Criticism)!));
        Assert.Equal("The meeting has not been held yet.", En(report.Section(ReportSectionKind.Meeting)!));
    }

    [Fact]
    public void BeforeTasksExist_TheMeasuresOfTheApprovedMaterialsAreListed()
    {
        var rectification = Compose(HeldWithMinutes()).Section(ReportSectionKind.Rectification)!;

        var list = rectification.Blocks.OfType<ReportList>().Single();
        Assert.Equal(2 * 7, list.Items.Count);
        Assert.Equal("迟永生：每月到联系村调研不少于2次", list.Items[0].ZhCn);
        Assert.True(list.Numbered);
    }

    [Fact]
    public void OnceTasksExist_TheTaskTableWithStatusesIsTheSection()
    {
        var desk = HeldWithMinutes();
        desk.AddTasks(Secretary, new NewRectificationTask("文山会海", "会议每月不超过2次", Li.UserId, new DateOnly(2014, 9, 30)),
            new NewRectificationTask("调研少", "每月调研2次", Zhang.UserId, new DateOnly(2014, 8, 31)));
        desk.Completed(Li, 1, "镇党委〔2014〕20号文件");

        var rectification = Compose(desk).Section(ReportSectionKind.Rectification)!;

        var table = rectification.Blocks.OfType<ReportTable>().Single();
        Assert.Equal(["1", "文山会海", "会议每月不超过2次", "李敏", "2014-09-30", "已完成"], table.Rows[0].Select(c => c.ZhCn));
        Assert.Equal("Open", table.Rows[1][5].En);
        Assert.Contains("制定整改任务2项，明确责任人和完成时限；其中已完成1项，正在整改0项，逾期0项。", Zh(rectification), StringComparison.Ordinal);
    }

    [Fact]
    public void OutlinesAndTalkNotes_AreCountedButNeverQuoted()
    {
        var report = Compose(HeldWithMinutes());
        var all = string.Join("\n", report.Sections.SelectMany(Texts).SelectMany(t => new[] { t.ZhCn, t.En }));

        foreach (var point in Contents.GoodOutline().Points)
        {
            Assert.DoesNotContain(point.Text, all, StringComparison.Ordinal);
            Assert.DoesNotContain(point.Example!, all, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Contents.Talk().OpinionsGivenByRecorder, all, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameRecords_GiveTheSameReport()
    {
        var desk = HeldWithMinutes();

        Assert.Equal(StoredJson.Write(Compose(desk)), StoredJson.Write(Compose(desk)));
    }

    [Fact]
    public void AnotherTemplate_GetsOnlyWhatItHas()
    {
        var clock = TestClock.Create();
        var template = SeedTemplates.ProjectRetrospective;
        var meeting = new CreateMeeting("retro-1", "Q2 retrospective", new DateTime(2014, 7, 1, 10, 0, 0), "Room 3", null, P(Lead),
            [.. OtherMembers.Take(3).Select(P)], [], []).Decide(template, Secretary, clock.GetUtcNow()).Value;
        var desk = new MeetingDesk(template, meeting, clock);

        var report = SpecialReportComposition.Compose(desk.Dossier, template, desk.Now);

        Assert.Equal(4, report.Sections.Count);
        Assert.DoesNotContain(report.Section(ReportSectionKind.Preparation)!.Blocks.OfType<ReportParagraph>(), p => p.Text.ZhCn.Contains("批评发言提纲", StringComparison.Ordinal));
    }
}
