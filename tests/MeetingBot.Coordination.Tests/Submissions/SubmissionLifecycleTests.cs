using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Submissions;

/// <summary>draft → submitted → returned (with comment) → resubmitted (new version) → approved; nothing silently overwritten.</summary>
public sealed class SubmissionLifecycleTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void ADraft_IsSavedAndResumable_AndEditableUntilSubmitted()
    {
        var first = _desk.SaveDraft(Li, "self-examination", Contents.Material() with { Direction = null }).Value;
        Assert.Equal(SubmissionState.Draft, first.State);
        Assert.Equal(1, first.Version);
        Assert.Empty(first.Versions);

        var second = _desk.SaveDraft(Li, "self-examination", Contents.Material()).Value;

        Assert.Equal(2, second.Version);
        Assert.Equal(Contents.Material().Direction, ((ExaminationMaterial)second.Draft!).Direction);
        Assert.Equal("meetings/dlm-2014-07/submissions/self-examination/m-li", second.Id.ToString());
    }

    [Fact]
    public void SubmittingTheDraft_MakesVersionOne_AndClearsTheDraft()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());

        var submitted = _desk.Submit(Li, "self-examination", null).Value;

        Assert.Equal(SubmissionState.Submitted, submitted.State);
        Assert.Null(submitted.Draft);
        var version = Assert.Single(submitted.Versions);
        Assert.Equal((1, _desk.Now), (version.Number, version.SubmittedAt));
    }

    [Fact]
    public void WhileTheLeadReviews_NothingCanBeEdited()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());

        Assert.Equal(FailureCodes.AwaitingReview, _desk.SaveDraft(Li, "self-examination", Contents.Material()).Failure!.Code);
        Assert.Equal(FailureCodes.AwaitingReview, _desk.Submit(Li, "self-examination", Contents.Material()).Failure!.Code);
    }

    [Fact]
    public void AReturnedMaterial_IsRevisedAndResubmittedAsANewVersion_TheOldVersionKept()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        var returned = _desk.Return(Lead, "self-examination", Li, "根源剖析不深，要从世界观、人生观、价值观上找原因").Value;
        Assert.Equal(SubmissionState.Returned, returned.State);
        Assert.Equal("根源剖析不深，要从世界观、人生观、价值观上找原因", returned.LatestReturn!.Comment);

        var revised = Contents.Material() with { RootCauses = "理想信念有所动摇，放松了世界观改造；群众观点淡薄，对群众疾苦关心不够。" };
        Assert.True(_desk.SaveDraft(Li, "self-examination", revised).IsSuccess);
        var resubmitted = _desk.Submit(Li, "self-examination", null).Value;

        Assert.Equal(SubmissionState.Resubmitted, resubmitted.State);
        Assert.Equal([1, 2], resubmitted.Versions.Select(v => v.Number));
        Assert.Equal(Contents.Material().RootCauses, ((ExaminationMaterial)resubmitted.Versions[0].Content).RootCauses);
        Assert.Equal(revised.RootCauses, ((ExaminationMaterial)resubmitted.Latest!.Content).RootCauses);

        var approved = _desk.Approve(Lead, "self-examination", Li).Value;
        Assert.Equal(SubmissionState.Approved, approved.State);
        Assert.Equal([false, true], approved.Reviews.Select(r => r.Approved));
        Assert.Equal([1, 2], approved.Reviews.Select(r => r.VersionNumber));
    }

    [Fact]
    public void AnApprovedSubmission_IsFinal()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Approve(Lead, "self-examination", Li);

        Assert.Equal(FailureCodes.AlreadyApproved, _desk.SaveDraft(Li, "self-examination", Contents.Material()).Failure!.Code);
        Assert.Equal(FailureCodes.AlreadyApproved, _desk.Submit(Li, "self-examination", Contents.Material()).Failure!.Code);
    }

    [Fact]
    public void WhatNeedsNoReview_IsCompleteWhenSubmitted_AndMayBeHandedInAgainAsAFurtherVersion()
    {
        _desk.Submit(Li, "study-check-in", Contents.Study());

        var again = _desk.Submit(Li, "study-check-in", Contents.Study() with { Notes = "补充：学习了《焦裕禄精神》" }).Value;

        Assert.Equal(SubmissionState.Submitted, again.State);
        Assert.Equal(2, again.Versions.Count);
    }

    [Fact]
    public void SubmittingWithNoDraft_IsAConflict()
    {
        Assert.Equal(FailureCodes.NothingToSubmit, _desk.Submit(Li, "study-check-in", null).Failure!.Code);
    }

    [Fact]
    public void SubmittingIncompleteContent_IsInvalid_ButTheDraftIsKept()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material() with { Measures = [] });

        var outcome = _desk.Submit(Li, "self-examination", null);

        Assert.Equal((FailureKind.Invalid, FailureCodes.Incomplete, "measures"), (outcome.Failure!.Kind, outcome.Failure.Code, outcome.Failure.Data["field"]));
        Assert.NotNull(_desk.SubmissionOf("self-examination", Li)!.Draft);
    }

    [Fact]
    public void ContentOfAnotherKind_IsRefused()
    {
        Assert.Equal(FailureCodes.WrongContent, _desk.SaveDraft(Li, "self-examination", Contents.Study()).Failure!.Code);
        Assert.Equal(FailureCodes.WrongContent, _desk.Submit(Li, "study-check-in", Contents.Material()).Failure!.Code);
    }

    [Fact]
    public void MembersWriteTheirOwn_TheBotRecordsWhoSubmitted()
    {
        var submitted = _desk.Submit(Li, "study-check-in", Contents.Study()).Value;
        Assert.Equal(Li.UserId, submitted.AuthorId);
        Assert.Equal(Li.UserId, submitted.History[^1].ActorId);

        var forged = new Submit(submitted.Version, "study-check-in", null, Contents.Study()).Decide(_desk.Meeting, _desk.Template, submitted, Zhang, _desk.Now);
        Assert.Equal(FailureCodes.AuthorOnly, forged.Failure!.Code);
    }

    [Fact]
    public void OnlyTheRoleThatOwesADeliverable_HandsItIn()
    {
        Assert.Equal(FailureCodes.NotOwed, _desk.Submit(Li, "report-upward", Contents.Report(_desk.Meeting, new DateOnly(2014, 6, 30))).Failure!.Code);
        Assert.Equal(FailureCodes.NotOwed, _desk.Submit(SupervisorWu, "study-check-in", Contents.Study()).Failure!.Code);
        Assert.Equal(FailureCodes.NotOwed, _desk.Submit(Secretary, "study-check-in", Contents.Study()).Failure!.Code);
        Assert.Equal(FailureCodes.NotOwed, _desk.Submit(HeadZhao, "problem-list", Contents.Problems()).Failure!.Code);
    }

    [Fact]
    public void AnUnknownDeliverable_IsNotFound()
    {
        Assert.Equal(FailureKind.NotFound, _desk.Submit(Li, "essay", Contents.Study()).Failure!.Kind);
    }

    [Fact]
    public void TalkRecordsAndTheCollectiveMaterial_HaveTheirOwnCommands()
    {
        Assert.Equal(FailureCodes.WrongContent, _desk.Submit(Lead, "collective-material", Contents.Material()).Failure!.Code);
    }

    [Fact]
    public void AStaleVersion_IsAConflict()
    {
        var first = _desk.SaveDraft(Li, "study-check-in", Contents.Study()).Value;
        _desk.SaveDraft(Li, "study-check-in", Contents.Study());

        var stale = new SaveDraft(first.Version, "study-check-in", null, Contents.Study()).Decide(_desk.Meeting, _desk.Template, _desk.SubmissionOf("study-check-in", Li), Li, _desk.Now);
        var createTwice = new SaveDraft(0, "study-check-in", null, Contents.Study()).Decide(_desk.Meeting, _desk.Template, _desk.SubmissionOf("study-check-in", Li), Li, _desk.Now);

        Assert.Equal(FailureCodes.StaleVersion, stale.Failure!.Code);
        Assert.Equal(FailureCodes.StaleVersion, createTwice.Failure!.Code);
    }

    [Fact]
    public void EveryChange_IsInTheSubmissionsHistory_WithoutContent()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());
        _desk.Submit(Li, "self-examination", null);
        _desk.Return(Lead, "self-examination", Li, "不够深刻");
        _desk.Submit(Li, "self-examination", Contents.Material());
        var submission = _desk.Approve(Lead, "self-examination", Li).Value;

        Assert.Equal(
            [AuditActions.DraftSaved, AuditActions.Submitted, AuditActions.Returned, AuditActions.Submitted, AuditActions.Approved],
            submission.History.Select(h => h.Action));
        Assert.Equal([Li.UserId, Li.UserId, Lead.UserId, Li.UserId, Lead.UserId], submission.History.Select(h => h.ActorId));
        Assert.DoesNotContain(submission.History, h => h.Detail?.Contains("不够深刻", StringComparison.Ordinal) == true);
    }
}
