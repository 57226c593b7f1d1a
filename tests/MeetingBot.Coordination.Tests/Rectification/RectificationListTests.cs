using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Rectification;

public sealed class RectificationListTests
{
    private static readonly DateOnly Due = new(2014, 9, 30);
    private readonly ClosingDesk _desk = ClosingDesk.Confirmed().MarkedHeld();

    private static NewRectificationTask Task(Actor owner, DateOnly? due = null) => new("文山会海问题突出", "全镇性会议每月不超过2次", owner.UserId, due ?? Due);

    private static TimeZoneInfo Shanghai => TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Tasks_AreAddedByTheSecretary_AfterTheMeetingWasHeld_NumberedAndOpen()
    {
        Assert.Equal(FailureCodes.NotHeld, ClosingDesk.Confirmed().AddTasks(Secretary, Task(Li)).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.AddTasks(Lead, Task(Li)).Failure!.Code);

        _desk.AddTasks(Secretary, Task(Li));
        var list = _desk.AddTasks(Secretary, Task(Zhang), Task(Lead)).Value;

        Assert.Equal([(1, Li.UserId), (2, Zhang.UserId), (3, Lead.UserId)], list.Tasks.Select(t => (t.Number, t.OwnerId)));
        Assert.All(list.Tasks, t => Assert.Equal(RectificationTaskState.Open, t.State));
        Assert.Equal((AuditActions.TasksAdded, "2,3"), (list.History[^1].Action, list.History[^1].Detail));
        Assert.Equal(2, list.Version);
    }

    [Fact]
    public void BadTasks_AreRefused_AllOrNothing()
    {
        var today = DateOnly.FromDateTime(_desk.Meeting.LocalStart);

        Assert.Equal(FailureCodes.ProblemRequired, _desk.AddTasks(Secretary, Task(Li), Task(Li) with { Problem = " " }).Failure!.Code);
        Assert.Equal(FailureCodes.MeasureRequired, _desk.AddTasks(Secretary, Task(Li) with { Measure = "" }).Failure!.Code);
        Assert.Equal(FailureCodes.NotAMember, _desk.AddTasks(Secretary, Task(HeadZhao)).Failure!.Code);
        var past = _desk.AddTasks(Secretary, Task(Li, today.AddDays(-1))).Failure!;
        Assert.Equal((FailureCodes.DueInThePast, "2014-07-15"), (past.Code, past.Data["today"]));
        Assert.Equal(FailureCodes.MeasureRequired, _desk.AddTasks(Secretary).Failure!.Code);
        Assert.Null(_desk.Rectification);
        Assert.True(_desk.AddTasks(Secretary, Task(Li, today)).IsSuccess);
    }

    [Fact]
    public void TheOwner_ReportsProgress_ThenCompletionWithEvidence()
    {
        _desk.AddTasks(Secretary, Task(Li));

        Assert.Equal(FailureCodes.TaskOwnerOnly, _desk.Update(Zhang, 1, done: false, "进展").Failure!.Code);
        Assert.Equal(FailureCodes.TaskOwnerOnly, _desk.Update(Secretary, 1, done: false, "进展").Failure!.Code);
        Assert.Equal(FailureCodes.ProgressNoteRequired, _desk.Update(Li, 1, done: false, " ").Failure!.Code);
        Assert.Equal(FailureCodes.EvidenceRequired, _desk.Update(Li, 1, done: true, "完成了").Failure!.Code);
        Assert.Equal(FailureCodes.TaskNotFound, _desk.Update(Li, 9, done: false, "进展").Failure!.Code);

        Assert.Equal(RectificationTaskState.InProgress, _desk.Update(Li, 1, done: false, "已起草会议管理办法").Value.Tasks[0].State);
        var reported = _desk.Update(Li, 1, done: true, null, "镇党委〔2014〕20号文件").Value.Tasks[0];
        Assert.Equal((RectificationTaskState.AwaitingAcceptance, null, "镇党委〔2014〕20号文件"), (reported.State, reported.Evidence, reported.Completion!.Evidence));
        Assert.Equal(FailureCodes.TaskAwaitingAcceptance, _desk.Update(Li, 1, done: false, "再改").Failure!.Code);

        // 验收: not by the owner, not by another member; sent back with a reason, then accepted.
        Assert.Equal(FailureCodes.TaskManagersOnly, _desk.Accept(Zhang, 1).Failure!.Code);
        Assert.Equal(FailureCodes.SendBackReasonRequired, _desk.Accept(Secretary, 1, accepted: false).Failure!.Code);
        Assert.Equal(RectificationTaskState.InProgress, _desk.Accept(Secretary, 1, accepted: false, "缺少印发的文件").Value.Tasks[0].State);
        Assert.Equal(FailureCodes.TaskNotAwaitingAcceptance, _desk.Accept(Secretary, 1).Failure!.Code);
        Assert.True(_desk.Update(Li, 1, done: true, null, "镇党委〔2014〕20号文件").IsSuccess);
        var done = _desk.Accept(Secretary, 1).Value.Tasks[0];

        Assert.Equal((RectificationTaskState.Done, "镇党委〔2014〕20号文件", _desk.Now), (done.State, done.Evidence, done.CompletedAt));
        Assert.Equal(5, done.Updates.Count);
        Assert.Equal(FailureCodes.TaskDone, _desk.Update(Li, 1, done: false, "再改").Failure!.Code);
        Assert.Equal(
            [AuditActions.TasksAdded, AuditActions.TaskUpdated, AuditActions.TaskReportedDone, AuditActions.TaskSentBack, AuditActions.TaskReportedDone, AuditActions.TaskAccepted],
            _desk.Rectification!.History.Select(h => h.Action));
    }

    [Fact]
    public void ATaskIsOverdue_FromTheEndOfItsDueDate_UnlessDone()
    {
        _desk.AddTasks(Secretary, Task(Li), Task(Zhang));
        _desk.Update(Zhang, 2, done: false, "推进中");
        var task = _desk.Rectification!.Tasks[0];
        var endOfDueDay = new DateTimeOffset(2014, 10, 1, 0, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal(RectificationStatus.Open, task.StatusAt(endOfDueDay.AddSeconds(-1), Shanghai));
        Assert.Equal(RectificationStatus.Overdue, task.StatusAt(endOfDueDay, Shanghai));
        Assert.Equal(RectificationStatus.InProgress, _desk.Rectification.Tasks[1].StatusAt(endOfDueDay.AddSeconds(-1), Shanghai));
        Assert.Equal(RectificationStatus.Overdue, _desk.Rectification.Tasks[1].StatusAt(endOfDueDay, Shanghai));
    }

    [Fact]
    public void Publishing_RecordsWhichTasksBecamePublic()
    {
        Assert.Equal(FailureCodes.NoTasks, _desk.Publish(Secretary).Failure!.Code);
        _desk.AddTasks(Secretary, Task(Li), Task(Zhang));
        Assert.Equal(FailureCodes.SecretaryOnly, _desk.Publish(Lead).Failure!.Code);

        var list = _desk.Publish(Secretary).Value;
        _desk.AddTasks(Secretary, Task(Liu));

        Assert.Equal([1, 2], _desk.Rectification!.Published.Select(t => t.Number));
        Assert.Equal((_desk.Now, Secretary.UserId), (list.LatestPublication!.At, list.LatestPublication.ByUserId));
        Assert.Equal([1, 2, 3], _desk.Publish(Secretary).Value.Published.Select(t => t.Number));
        Assert.Equal(2, _desk.Rectification!.Publications.Count);
    }

    [Fact]
    public void Proposals_ComeFromTheMeasuresOfTheApprovedMaterials_WithTheirProblemsAndOwners()
    {
        var proposals = RectificationProposals.From(_desk.Dossier, _desk.Desk.Template, Due);

        Assert.Equal(2 * 7, proposals.Count);
        Assert.Equal(new NewRectificationTask("文山会海问题突出", "每月到联系村调研不少于2次", Lead.UserId, Due), proposals[0]);
        Assert.Equal(("文山会海问题突出", "全镇性会议每月不超过2次"), (proposals[1].Problem, proposals[1].Measure));
        Assert.Equal(Members.Select(m => m.UserId).Prepend(Lead.UserId), proposals.Where((_, i) => i % 2 == 0).Select(p => p.OwnerId));
        Assert.True(_desk.AddTasks(Secretary, [.. proposals]).IsSuccess);
    }

    [Fact]
    public void ProposingTwice_ProposesOnlyWhatIsNotOnTheListYet()
    {
        var proposals = RectificationProposals.From(_desk.Dossier, _desk.Desk.Template, Due);
        _desk.AddTasks(Secretary, [.. RectificationProposals.NotOnTheList(proposals.Take(3).ToList(), _desk.Rectification)]);
        var first = _desk.Rectification!.Tasks.Count;
        // The secretary edited a problem's wording since: the task (same owner, same measure) is still the same task.
        var again = RectificationProposals.From(_desk.Dossier, _desk.Desk.Template, Due.AddDays(10))
            .Select((p, i) => i == 0 ? p with { Problem = p.Problem + "（改）" } : p).ToList();

        var fresh = RectificationProposals.NotOnTheList(again, _desk.Rectification);
        _desk.AddTasks(Secretary, [.. fresh]);

        // The lead's own and the collective material share a measure: one task, proposed once.
        var distinct = proposals.Select(p => (p.OwnerId, p.Measure)).Distinct().Count();
        Assert.Equal(distinct - first, fresh.Count);
        Assert.Empty(RectificationProposals.NotOnTheList(again, _desk.Rectification));
        Assert.Equal(distinct, _desk.Rectification!.Tasks.Count);
        Assert.Equal(distinct, _desk.Rectification.Tasks.Select(t => (t.OwnerId, t.Measure)).Distinct().Count());
    }

    [Fact]
    public void OpenTasks_CarryOverToTheNextMeetingsReview_WhichItsReadinessAccepts()
    {
        _desk.AddTasks(Secretary, Task(Li), Task(Zhang));
        _desk.Completed(Li, 1, "镇党委〔2014〕20号文件");
        _desk.Update(Zhang, 2, done: false, "制度已起草");

        var review = RectificationCarryOver.ReviewOf(_desk.Meeting, _desk.Rectification);

        Assert.False(review.NoPreviousTasks);
        Assert.Equal([("李敏", true, "镇党委〔2014〕20号文件"), ("张伟", false, "制度已起草")], review.Tasks.Select(t => (t.OwnerName, t.Completed, t.Note)));
        Assert.Equal([CarriedOverProgress.Done, CarriedOverProgress.InProgress], review.Tasks.Select(t => t.Standing));
        Assert.Equal("文山会海问题突出：全镇性会议每月不超过2次", review.Tasks[0].Task);
        Assert.Single(_desk.Rectification!.Open);
        Assert.True(RectificationCarryOver.ReviewOf(_desk.Meeting, null).NoPreviousTasks);

        var next = MeetingDesk.SeedMeeting();
        Assert.Contains(next.Readiness().Gaps, g => g.DeliverableId == "rectification-review");
        Assert.True(next.Submit(Secretary, "rectification-review", review).IsSuccess);
        Assert.DoesNotContain(next.Readiness().Gaps, g => g.DeliverableId == "rectification-review");
    }

    [Fact]
    public void TheList_SurvivesAStoreRoundTrip()
    {
        _desk.AddTasks(Secretary, Task(Li));
        _desk.Completed(Li, 1, "文件", note: "已完成");
        _desk.Publish(Secretary);

        var json = StoredJson.Write(_desk.Rectification!);

        Assert.Equal(json, StoredJson.Write(StoredJson.Read<RectificationList>(json)));
    }
}
