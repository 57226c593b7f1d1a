using MeetingBot.Coordination.Audit;
using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Scenarios;

/// <summary>
/// 种子文件中的镇党委班子：一名办公室秘书、党委书记（主要负责同志）、另外五名班子成员、三名分管部门负责同志、两名督导组成员，
/// 从创建会议、谈心谈话方案、每一项会前材料、一份被退回后修改通过的批评提纲、会前明示，到准备不足被拒绝、准备完成后确认召开。
/// </summary>
public sealed class DemocraticLifeMeetingScenarioTests
{
    private static readonly TimeSpan 一天 = TimeSpan.FromDays(1);

    [Fact]
    public void 专题民主生活会_从创建会议到准备就绪确认召开()
    {
        // 一、办公室按模板创建会议：主题、时间、地点，时区默认 Asia/Shanghai。
        var 时钟 = TestClock.Create();
        var 模板 = SeedTemplates.DemocraticLifeMeeting;
        var 创建 = SeedTeam.Create().Decide(模板, Secretary, 时钟.GetUtcNow());
        Assert.True(创建.IsSuccess);
        var 会 = new MeetingDesk(模板, 创建.Value, 时钟);
        Assert.Equal("Asia/Shanghai", 会.Meeting.TimeZoneId);
        Assert.Equal(new DateTime(2014, 7, 10, 18, 0, 0), 会.Meeting.DeadlineOf("criticism-outline")!.LocalDue);

        // 二、谈心谈话方案：书记与每名成员、成员之间、成员与分管部门负责同志；办公室为“平时有隔阂”的两人加一对。
        Assert.Equal(18, TalkPlan.For(会.Meeting, 模板).Talks.Count);
        Assert.True(会.Change(m => new AddTalkPair(m.Version, Chen.UserId, HeadZhao.UserId).Decide(m, 模板, Secretary, 会.Now)).IsSuccess);
        var 方案 = TalkPlan.For(会.Meeting, 模板);
        Assert.Equal(19, 方案.Talks.Count);

        // 三、会前十天以上向上级报告时间和主题。
        时钟.Advance(一天 * 20);
        Assert.True(会.Submit(Secretary, "report-upward", Contents.Report(会.Meeting, new DateOnly(2014, 6, 30))).IsSuccess);

        // 四、精心组织学习、深入查摆问题（李敏对一条群众意见说明情况）。
        时钟.Advance(一天);
        会.StudyAndProblems();
        var 李敏问题 = (ProblemList)会.SubmissionOf("problem-list", Li)!.Latest!.Content;
        Assert.Contains(李敏问题.Items, i => i.Acknowledgement == ProblemAcknowledgement.Disputed && i.DisputeNote!.Length > 0);
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(会.Meeting, Zhang, 会.SubmissionOf("problem-list", Li)!).Failure!.Code);

        时钟.Advance(一天);

        // 五、普遍开展谈心：一方记录，另一方确认；张伟对一份记录提出异议后重新记录并确认。
        foreach (var 谈话 in 方案.Talks)
        {
            var 甲 = 参会人(会, 谈话.Pair.First);
            var 乙 = 参会人(会, 谈话.Pair.Second);
            Assert.True(会.RecordTalk(甲, 乙).IsSuccess);
            if (谈话.Pair == TalkPairKey.Of(Lead.UserId, Zhang.UserId))
            {
                Assert.True(会.AnswerTalk(Zhang, Lead, confirm: false, note: "我对书记提的意见没有记全").IsSuccess);
                Assert.True(会.RecordTalk(Zhang, Lead, Contents.Talk() with { OpinionsGivenByRecorder = "建议书记多听基层意见，少开会" }).IsSuccess);
                Assert.True(会.AnswerTalk(Lead, Zhang, confirm: true).IsSuccess);
                continue;
            }

            Assert.True(会.AnswerTalk(乙, 甲, confirm: true).IsSuccess);
        }

        Assert.Equal((19, 19), (TalkCoverage.Build(会.Meeting, 模板, 会.Dossier.TalkRecords).Planned, TalkCoverage.Build(会.Meeting, 模板, 会.Dossier.TalkRecords).Confirmed));

        时钟.Advance(一天);

        // 六、个人对照检查材料：书记退回张伟的材料，要求从世界观、人生观、价值观深挖根源；修改后通过。
        foreach (var 成员 in Members)
        {
            Assert.True(会.Submit(成员, "self-examination", Contents.Material()).IsSuccess);
        }

        Assert.True(会.Return(Lead, "self-examination", Zhang, "根源剖析停留在表面，请从世界观、人生观、价值观上深挖").IsSuccess);
        Assert.True(会.Submit(Zhang, "self-examination", Contents.Material() with { RootCauses = "理想信念有所淡化，群众观点树得不牢，放松了主观世界改造。" }).IsSuccess);
        Assert.Equal(SubmissionState.Resubmitted, 会.SubmissionOf("self-examination", Zhang)!.State);
        foreach (var 成员 in Members)
        {
            // 书记本人的材料由督导组审阅，不由他自己批准。
            Assert.True(会.Approve(Preparation.ReviewerOf(成员), "self-examination", 成员).IsSuccess);
        }

        时钟.Advance(一天);

        // 七、班子对照检查材料：书记主持起草，印发征求意见，成员逐一提意见或表示无意见，送督导组审核定稿，书记本人不能批准。
        Assert.True(会.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(会.CirculateMaterial(Lead).IsSuccess);
        Assert.True(会.CommentOnMaterial(Li, "建议把“文山会海”问题的整改时限写明").IsSuccess);
        Assert.Equal(FailureCodes.MaterialCommentsMissing, 会.FinaliseMaterial(Lead).Failure!.Code);
        foreach (var 成员 in OtherMembers.Where(m => m != Li))
        {
            Assert.True(会.CommentOnMaterial(成员, null).IsSuccess);
        }

        Assert.True(会.DraftMaterial(Lead, Contents.Material() with { Measures = ["全镇性会议每月不超过2次，2014年8月底前落实"] }).IsSuccess);
        Assert.True(会.CirculateMaterial(Lead).IsSuccess);
        Assert.Equal(Coordination.CollectiveMaterials.MaterialState.UnderReview, 会.FinaliseMaterial(Lead).Value.State);
        Assert.Equal(FailureCodes.MaterialReviewedByOthers, 会.ApproveMaterial(Lead).Failure!.Code);
        Assert.True(会.ApproveMaterial(SupervisorWu, "同意").Value.FinalisedAt is not null);

        时钟.Advance(一天);

        // 八、批评发言提纲：每人对其他每名成员各写一份（6×5=30份）；刘洋对李敏的提纲轻描淡写，预审提示后仍提交，被书记退回。
        foreach (var 作者 in Members)
        {
            foreach (var 对象 in Members.Where(t => t != 作者))
            {
                if ((作者, 对象) == (Liu, Li) || (作者, 对象) == (Yang, Chen))
                {
                    continue;
                }

                Assert.True(会.Submit(作者, "criticism-outline", Contents.GoodOutline(), 对象).IsSuccess);
                Assert.True(会.Approve(Preparation.ReviewerOf(作者), "criticism-outline", 作者, 对象).IsSuccess);
            }
        }

        var 粗糙提纲 = OutlineText.Read("1、理论学习有待加强\n2、工作还需提高", 模板, 模板.FindDeliverable("criticism-outline")!.PreReview);
        var 预审 = OutlinePreReview.Check(粗糙提纲, 模板.FindDeliverable("criticism-outline")!.PreReview!, 模板.Aspects);
        Assert.Contains(预审, f => f.Code == OutlineFlagCode.TooFewPoints);
        Assert.Contains(预审, f => f.Code == OutlineFlagCode.AspectNotCovered && f.Text.ZhCn.Contains("要求严不严", StringComparison.Ordinal));
        Assert.Contains(预审, f => f.Code == OutlineFlagCode.NoConcreteExample);
        Assert.True(会.Submit(Liu, "criticism-outline", 粗糙提纲, Li).IsSuccess);

        var 待审 = Assert.Single(ReviewQueue.For(会.Dossier, 模板, Lead).Value);
        Assert.Equal(("刘洋", "李敏"), (待审.AuthorName, 待审.TargetName));
        Assert.NotEmpty(待审.Flags);
        Assert.Equal(FailureCodes.NotYetDisclosed, Visibility.Read(会.Meeting, Li, 会.SubmissionOf("criticism-outline", Liu, Li)!).Failure!.Code);
        Assert.True(会.Return(Lead, "criticism-outline", Liu, "轻描淡写，没有具体事例，请从党性、工作、要求三方面重写", Li).IsSuccess);
        Assert.Equal(FailureCodes.NotYetDisclosed, Visibility.Read(会.Meeting, Li, 会.SubmissionOf("criticism-outline", Liu, Li)!).Failure!.Code);

        时钟.Advance(TimeSpan.FromHours(3));

        // 刘洋按意见重写（粘贴编号列表），预审不再提示，重新提交，书记审定后向李敏明示。
        const string 重写 = """
            1、宗旨意识不强，例如5月12日王庄村村民反映宅基地问题，只交代办公室处理，未当面接待
            2、工作落实不到位，比如春季植树任务布置后未跟踪检查，3个村未按期完成
            3、对身边工作人员要求不严，典型事例：司机在公务活动中两次收受土特产未制止
            """;
        var 新提纲 = OutlineText.Read(重写, 模板, 模板.FindDeliverable("criticism-outline")!.PreReview);
        Assert.Empty(OutlinePreReview.Check(新提纲, 模板.FindDeliverable("criticism-outline")!.PreReview!, 模板.Aspects));
        Assert.True(会.Submit(Liu, "criticism-outline", 新提纲, Li).IsSuccess);
        Assert.True(会.Approve(Lead, "criticism-outline", Liu, Li).IsSuccess);
        var 刘洋提纲 = 会.SubmissionOf("criticism-outline", Liu, Li)!;
        Assert.Equal([1, 2], 刘洋提纲.Versions.Select(v => v.Number));
        Assert.True(Visibility.Read(会.Meeting, Li, 刘洋提纲).IsSuccess);
        var 明示 = Disclosure.ToMe(会.Dossier, Li).Value;
        Assert.Equal(5, 明示.Count);
        Assert.Contains(明示, o => o.AuthorName == "刘洋" && o.VersionNumber == 2 && o.Points.Count == 3);

        时钟.Advance(一天);

        // 九、回头看：列出上次整改任务；参会确认：杨帆在省委党校学习不能参会，其余五人参会（5/6 ≥ 2/3）。
        Assert.True(会.Submit(Secretary, "rectification-review", Contents.Review()).IsSuccess);
        foreach (var 成员 in Members)
        {
            Assert.True(会.Submit(成员, "attendance-confirmation", 成员 == Yang ? Contents.Absent() : Contents.Attending()).IsSuccess);
        }

        时钟.Advance(TimeSpan.FromHours(2));

        // 十、杨帆对陈静的提纲还没写：准备不充分，不急于开会——确认被拒绝，并指明缺什么、是谁的。
        var 拒绝 = 会.Confirm(Secretary);
        Assert.Equal(FailureKind.NotReady, 拒绝.Failure!.Kind);
        var 缺项 = Assert.Single(拒绝.Failure.Readiness!.Gaps);
        Assert.Equal("杨帆：“批评发言提纲”（对陈静）尚未提交", 缺项.Text.ZhCn);
        Assert.Equal("会前准备尚未完成（还有1项），暂不能确认召开。", FailureTexts.For(拒绝.Failure).ZhCn);
        var 群内进度 = GroupStatus.Build(会.Dossier, 模板, SupervisorWu, 会.Now).Value;
        Assert.Equal(["杨帆"], 群内进度.Deliverables.Single(d => d.DeliverableId == "criticism-outline").BehindNames);
        Assert.Equal((5, 6, 0, 4), (群内进度.Attendance!.Attending, 群内进度.Attendance.Members, 群内进度.Attendance.NotAnswered, 群内进度.Attendance.Required));
        Assert.Contains(PersonalTasks.For(会.Dossier, 模板, Yang, 会.Now).Value.Open, l => l.DeliverableId == "criticism-outline" && l.WithName == "陈静");

        时钟.Advance(TimeSpan.FromHours(5));

        // 十一、杨帆补交，书记审定：准备就绪，办公室确认召开。
        Assert.True(会.Submit(Yang, "criticism-outline", Contents.GoodOutline(), Chen).IsSuccess);
        Assert.True(会.Approve(Lead, "criticism-outline", Yang, Chen).IsSuccess);
        Assert.True(会.Readiness().IsReady);
        时钟.Advance(TimeSpan.FromHours(1));
        var 确认 = 会.Confirm(Secretary);
        Assert.True(确认.IsSuccess);
        Assert.Equal(MeetingStatus.Confirmed, 确认.Value.Status);
        Assert.False(确认.Value.Confirmation!.Overridden);

        // 全过程留痕：谁、何时、做了什么、哪个版本。
        var 留痕 = AuditTrail.For(会.Dossier, Secretary).Value;
        Assert.Equal(AuditActions.MeetingCreated, 留痕[0].Action);
        Assert.Equal(AuditActions.MeetingConfirmed, 留痕[^1].Action);
        Assert.Equal(30, 留痕.Count(e => e.Action == AuditActions.Disclosed));
        Assert.Equal(2, 留痕.Count(e => e.Action == AuditActions.Returned));
    }

    private static Actor 参会人(MeetingDesk 会, string userId) => new(userId, 会.Meeting.NameOf(userId), Tenant);
}
