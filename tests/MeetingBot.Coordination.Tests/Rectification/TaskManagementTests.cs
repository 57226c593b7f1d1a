using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Rectification;

/// <summary>Correcting, splitting and withdrawing tasks, 即知即改 before the meeting, and which meeting 回头看 looks back on.</summary>
public sealed class TaskManagementTests
{
    private static readonly DateOnly Due = new(2014, 9, 30);
    private readonly ClosingDesk _desk = Held();

    private static ClosingDesk Held()
    {
        var desk = ClosingDesk.Confirmed().MarkedHeld();
        Assert.True(desk.AddTasks(Secretary, new NewRectificationTask("文山会海", "会议每月不超过2次", Li.UserId, Due), new NewRectificationTask("调研少", "每季度调研一次", Zhang.UserId, Due)).IsSuccess);
        return desk;
    }

    private Outcome<RectificationList> Decide(Actor actor, IRectificationDecision decision) =>
        decision.Decide(_desk.Meeting, _desk.Rectification, actor, _desk.Now);

    private long Version => _desk.Rectification!.Version;

    [Fact]
    public void ACorrection_ByTheSecretaryOrLead_ChangesOnlyWhatItNames_AndChecksOwnerAndDate()
    {
        Assert.Equal(FailureCodes.TaskManagersOnly, Decide(Li, new CorrectRectificationTask(Version, 1, new(Measure: "自己改"))).Failure!.Code);
        Assert.Equal(FailureCodes.TaskManagersOnly, Decide(Zhang, new CorrectRectificationTask(Version, 1, new(OwnerId: Zhang.UserId))).Failure!.Code);
        Assert.Equal(FailureCodes.DueInThePast, Decide(Secretary, new CorrectRectificationTask(Version, 1, new(DueDate: Due.AddYears(-1)))).Failure!.Code);
        Assert.Equal(FailureCodes.TaskUnchanged, Decide(Secretary, new CorrectRectificationTask(Version, 1, new(Measure: "会议每月不超过2次"))).Failure!.Code);
        Assert.Equal(FailureCodes.StaleVersion, Decide(Lead, new CorrectRectificationTask(Version - 1, 1, new(Measure: "x"))).Failure!.Code);

        var corrected = Decide(Lead, new CorrectRectificationTask(Version, 1, new(OwnerId: Zhang.UserId, DueDate: Due.AddDays(30)))).Value;

        Assert.Equal((Zhang.UserId, Due.AddDays(30), "会议每月不超过2次"), (corrected.Find(1)!.OwnerId, corrected.Find(1)!.DueDate, corrected.Find(1)!.Measure));
        Assert.Equal((AuditActions.TaskCorrected, "1:owner,due", Lead.UserId), (corrected.History[^1].Action, corrected.History[^1].Detail, corrected.History[^1].ActorId));
    }

    [Fact]
    public void ASplit_KeepsTheNumberForTheFirstMeasure_AndAWithdrawnNumberIsNeverReused()
    {
        var split = Decide(Secretary, new SplitRectificationTask(Version, 2, ["制定调研计划", " ", "撰写调研报告"])).Value;
        Assert.Equal([(2, "制定调研计划"), (3, "撰写调研报告")], split.Tasks.Skip(1).Select(t => (t.Number, t.Measure)));
        Assert.All(split.Tasks.Skip(1), t => Assert.Equal((Zhang.UserId, Due, "调研少"), (t.OwnerId, t.DueDate, t.Problem)));

        var withdrawn = new WithdrawRectificationTask(split.Version, 3, "与县里部署重复").Decide(_desk.Meeting, split, Secretary, _desk.Now).Value;
        Assert.Equal([1, 2], withdrawn.Tasks.Select(t => t.Number));
        Assert.Equal((3, "与县里部署重复"), (withdrawn.Withdrawn[0].Task.Number, withdrawn.Withdrawn[0].Reason));
        Assert.Equal(4, withdrawn.NextNumber);
        Assert.Equal(FailureCodes.SplitNeedsTwoMeasures, new SplitRectificationTask(withdrawn.Version, 1, ["一项"]).Decide(_desk.Meeting, withdrawn, Lead, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.WithdrawReasonRequired, new WithdrawRectificationTask(withdrawn.Version, 1, " ").Decide(_desk.Meeting, withdrawn, Lead, _desk.Now).Failure!.Code);
    }

    [Fact]
    public void AnImmediateTask_OpensBeforeTheMeeting_FromAnAcknowledgedProblem_ByItsMemberOrTheSecretary()
    {
        var preparing = ClosingDesk.Confirmed().Meeting with { Status = MeetingStatus.Preparing };
        var problems = new ProblemList(
        [
            new ProblemItem("formalism", "文山会海", "一季度开会15次", "masses", ProblemAcknowledgement.Acknowledged, null),
            new ProblemItem("hedonism", "公车私用", "无", "masses", ProblemAcknowledgement.Disputed, "车辆均有登记"),
        ]);
        Outcome<RectificationList> Open(Actor actor, int problem, DateOnly? due = null) =>
            new OpenImmediateTask(0, Li.UserId, problem, "每月会议不超过2次", due ?? Due).Decide(preparing, null, problems, actor, _desk.Now);

        Assert.Equal(FailureCodes.ImmediateTaskOwnerOrSecretary, Open(Zhang, 1).Failure!.Code);
        Assert.Equal(FailureCodes.ImmediateTaskOwnerOrSecretary, Open(Lead, 1).Failure!.Code);
        Assert.Equal(FailureCodes.ProblemNotAcknowledged, Open(Li, 2).Failure!.Code);
        Assert.Equal(FailureCodes.ProblemNotListed, Open(Li, 3).Failure!.Code);
        Assert.Equal(FailureCodes.DueInThePast, Open(Li, 1, Due.AddYears(-1)).Failure!.Code);
        Assert.Equal(FailureCodes.MeetingCancelled,
            new OpenImmediateTask(0, Li.UserId, 1, "x", Due).Decide(preparing with { Status = MeetingStatus.Cancelled }, null, problems, Li, _desk.Now).Failure!.Code);

        var opened = Open(Secretary, 1).Value.Tasks.Single();
        Assert.Equal((1, "文山会海", Li.UserId, true, RectificationTaskState.Open), (opened.Number, opened.Problem, opened.OwnerId, opened.Immediate, opened.State));
    }

    [Fact]
    public void TheReview_LooksBackOnTheLatestMeetingHeldBeforeIt_OfTheSameUnit()
    {
        var current = _desk.Meeting with { Id = "next", StartsAt = _desk.Meeting.StartsAt.AddYears(1), HeldAt = null, Unit = "县委/城关镇党委" };
        var lastYear = _desk.Meeting with { Unit = "县委/城关镇党委" };
        var older = lastYear with { Id = "older", StartsAt = lastYear.StartsAt.AddYears(-1) };
        var notHeld = lastYear with { Id = "not-held", HeldAt = null, StartsAt = lastYear.StartsAt.AddMonths(1) };
        var otherUnit = lastYear with { Id = "other", Unit = "县委/河西镇党委", StartsAt = lastYear.StartsAt.AddMonths(2) };
        var later = lastYear with { Id = "later", StartsAt = current.StartsAt.AddDays(1) };

        Assert.Equal(lastYear.Id, PreviousMeeting.Of(current, [older, notHeld, otherUnit, later, lastYear, current])!.Id);
        Assert.Null(PreviousMeeting.Of(current, [notHeld, otherUnit, later]));
    }

    [Fact]
    public void AWordMaterial_ProposesTheMeasuresUnderItsHeading_PairedWithItsProblems()
    {
        const string text = "关于个人对照检查材料\n一、存在的突出问题\n（一）形式主义：文山会海\n（二）官僚主义：调研不深入\n二、产生问题的原因\n宗旨意识淡化\n三、整改措施\n1. 全镇性会议每月不超过2次\n2. 每季度到村调研不少于5天\n3. 建立联系群众制度";

        var (problems, measures) = DocumentMeasures.Read(text);

        Assert.Equal(["形式主义：文山会海", "官僚主义：调研不深入"], problems);
        Assert.Equal(["全镇性会议每月不超过2次", "每季度到村调研不少于5天", "建立联系群众制度"], measures);
        Assert.Empty(DocumentMeasures.Read("没有标题的一段话").Measures);
    }
}
