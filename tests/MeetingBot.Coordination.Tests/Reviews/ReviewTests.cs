using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.SelfExaminations;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reviews;

/// <summary>审阅把关: the lead approves or returns with a comment.</summary>
public sealed class ReviewTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void OnlyTheLead_ReviewsOutlinesAndMaterials()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);

        foreach (var actor in new[] { Secretary, Zhang, SupervisorWu, HeadZhao })
        {
            Assert.Equal(FailureCodes.LeadOnly, _desk.Approve(actor, "criticism-outline", Li, Zhang).Failure!.Code);
            Assert.Equal(FailureCodes.LeadOnly, _desk.Return(actor, "criticism-outline", Li, "不行", Zhang).Failure!.Code);
        }

        // Its author is told who reviews it, rather than only that the lead does.
        Assert.Equal(FailureCodes.OwnItemReviewedByOthers, _desk.Approve(Li, "criticism-outline", Li, Zhang).Failure!.Code);

        Assert.Equal(FailureCodes.OtherTenant, _desk.Approve(OtherTenantLead, "criticism-outline", Li, Zhang).Failure!.Code);
        Assert.Equal(SubmissionState.Submitted, _desk.SubmissionOf("criticism-outline", Li, Zhang)!.State);
    }

    [Fact]
    public void AReturn_NeedsAComment()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);

        Assert.Equal(FailureCodes.CommentRequired, _desk.Return(Lead, "criticism-outline", Li, "  ", Zhang).Failure!.Code);
    }

    [Fact]
    public void TheReturnComment_GoesBackToTheAuthor_WithTheVersionItConcerns()
    {
        _desk.Submit(Li, "criticism-outline", Contents.WeakOutline(), Zhang);

        var returned = _desk.Return(Lead, "criticism-outline", Li, "轻描淡写，要有具体事例", Zhang).Value;

        Assert.Equal(new ReviewDecision(1, Lead.UserId, _desk.Now, false, "轻描淡写，要有具体事例"), returned.LatestReturn);
    }

    [Fact]
    public void OnlyWhatAwaitsReview_CanBeReviewed()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());
        Assert.Equal(FailureCodes.NotAwaitingReview, _desk.Approve(Lead, "self-examination", Li).Failure!.Code);

        _desk.Submit(Li, "study-check-in", Contents.Study());
        Assert.Equal(FailureCodes.NotAwaitingReview, _desk.Approve(Lead, "study-check-in", Li).Failure!.Code);

        _desk.Submit(Li, "self-examination", null);
        _desk.Approve(Lead, "self-examination", Li);
        Assert.Equal(FailureCodes.NotAwaitingReview, _desk.Return(Lead, "self-examination", Li, "再改改").Failure!.Code);
    }

    [Fact]
    public void AReviewOfAVersionTheLeadDidNotRead_IsAConflict()
    {
        var read = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;

        var outcome = new ApproveSubmission(read.Version - 1, null).Decide(_desk.Meeting, _desk.Template, read, Lead, _desk.Now);

        Assert.Equal(FailureCodes.StaleVersion, outcome.Failure!.Code);
    }

    [Fact]
    public void ASubmissionOfAnotherMeeting_IsNotFound()
    {
        var other = MeetingDesk.SeedMeeting();
        var foreign = other.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value with { MeetingId = "another" };

        var outcome = new ApproveSubmission(foreign.Version, null).Decide(_desk.Meeting, _desk.Template, foreign, Lead, _desk.Now);

        Assert.Equal(FailureCodes.SubmissionNotFound, outcome.Failure!.Code);
    }

    [Fact]
    public void TheLeadCanListWhatAwaitsReview_OldestFirst_WithOutlineFlagsBeside()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Clock.Advance(TimeSpan.FromMinutes(5));
        _desk.Submit(Zhang, "criticism-outline", Contents.WeakOutline(), Li);
        _desk.Clock.Advance(TimeSpan.FromMinutes(5));
        _desk.Submit(Liu, "criticism-outline", Contents.GoodOutline(), Li);
        _desk.Submit(Chen, "study-check-in", Contents.Study());
        _desk.SaveDraft(Yang, "self-examination", Contents.Material());

        var queue = ReviewQueue.For(_desk.Dossier, _desk.Template, Lead).Value;

        Assert.Equal([(Li.Name, (string?)null), (Zhang.Name, Li.Name), (Liu.Name, Li.Name)], queue.Select(i => (i.AuthorName, i.TargetName)));
        Assert.Empty(queue[0].Flags);
        Assert.NotEmpty(queue[1].Flags);
        Assert.Empty(queue[2].Flags);
        Assert.Equal("个人对照检查材料", queue[0].DeliverableName.ZhCn);
    }

    [Fact]
    public void AMaterial_IsFlaggedInTheQueue_AgainstItsAuthorsProblemList_AndTheSameAsAnItemOnItsOwn()
    {
        _desk.Submit(Li, "problem-list", Contents.Problems());
        _desk.Submit(Li, "self-examination", Contents.Material());

        var item = Assert.Single(ReviewQueue.For(_desk.Dossier, _desk.Template, Lead).Value);
        var material = _desk.Dossier.Submissions.Single(s => s.Id == item.Id);
        var problemList = ReviewQueue.ProblemListOf(_desk.Dossier.Submissions, _desk.Dossier.Meeting, _desk.Template, Li.UserId);
        var alone = ReviewQueue.ItemFor(_desk.Dossier.Meeting, _desk.Template, material, problemList)!;

        // The material names formalism but not bureaucratism, and answers neither opinion (items 2 and 3 by number, 1 by quote).
        Assert.Equal(
            [MaterialFlagCode.CategoryNotNamed, MaterialFlagCode.OpinionNotAnswered, MaterialFlagCode.OpinionNotAnswered, MaterialFlagCode.OpinionNotAnswered],
            item.Flags.Cast<MaterialFlag>().Select(f => f.Code));
        Assert.Equal(item.Flags.Select(f => f.Text), alone.Flags.Select(f => f.Text));
        // Without the problem list there is nothing to answer: only what the material itself lacks could be flagged.
        Assert.Empty(ReviewQueue.ItemFor(_desk.Dossier.Meeting, _desk.Template, material)!.Flags);
    }

    [Fact]
    public void AResubmission_IsMarkedInTheQueue()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Return(Lead, "self-examination", Li, "不够深刻");
        _desk.Submit(Li, "self-examination", Contents.Material());

        var item = Assert.Single(ReviewQueue.For(_desk.Dossier, _desk.Template, Lead).Value);

        Assert.True(item.Resubmitted);
        Assert.Equal(2, item.VersionNumber);
    }

    [Fact]
    public void OneSubmissionAsAnItem_IsTheSameAsInTheWholeQueue_AndNothingOnceDecided()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Clock.Advance(TimeSpan.FromMinutes(5));
        _desk.Submit(Zhang, "criticism-outline", Contents.WeakOutline(), Li);
        var queue = ReviewQueue.For(_desk.Dossier, _desk.Template, Lead).Value;
        var outline = _desk.Dossier.Submissions.Single(s => s.Id == queue[1].Id);

        var item = ReviewQueue.ItemFor(_desk.Dossier.Meeting, _desk.Template, outline);

        Assert.NotNull(item);
        Assert.Equal(queue[1], item with { Flags = queue[1].Flags });
        Assert.Equal(queue[1].Flags.Select(f => f.Text.ZhCn), item.Flags.Select(f => f.Text.ZhCn));
        var study = _desk.Submit(Chen, "study-check-in", Contents.Study()).Value;
        Assert.Null(ReviewQueue.ItemFor(_desk.Dossier.Meeting, _desk.Template, study));
    }

    [Fact]
    public void OneSubmissionAsAnItem_FollowsItThroughReturnResubmissionAndApproval()
    {
        var submitted = _desk.Submit(Li, "criticism-outline", Contents.WeakOutline(), Zhang).Value;
        var first = ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, submitted);
        Assert.NotNull(first);
        Assert.Equal((1, false, Li.Name, Zhang.Name, submitted.Version), (first.VersionNumber, first.Resubmitted, first.AuthorName, first.TargetName, first.Version));
        Assert.NotEmpty(first.Flags);

        var returned = _desk.Return(Lead, "criticism-outline", Li, "轻描淡写", Zhang).Value;
        Assert.Null(ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, returned));

        var resubmitted = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        var second = ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, resubmitted);
        Assert.NotNull(second);
        Assert.Equal((2, true), (second.VersionNumber, second.Resubmitted));
        Assert.Empty(second.Flags);

        var approved = _desk.Approve(Lead, "criticism-outline", Li, Zhang).Value;
        Assert.Null(ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, approved));
    }

    [Fact]
    public void OneSubmissionAsAnItem_CarriesItsReviewReference_AndADraftIsNoItem()
    {
        var draft = _desk.SaveDraft(Li, "self-examination", Contents.Material()).Value;
        Assert.Null(ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, draft));

        var submitted = _desk.Submit(Li, "self-examination", null).Value;
        var reference = new ReviewReference(ReviewReference.Materials, 3);
        var item = ReviewQueue.ItemFor(_desk.Meeting, _desk.Template, submitted with { Reference = reference });

        Assert.Equal(reference, item!.Reference);
        Assert.Null(item.TargetId);
        Assert.Equal("self-examination", item.DeliverableId);
    }

    [Fact]
    public void OnlyTheLead_SeesTheReviewQueue()
    {
        Assert.Equal(FailureCodes.LeadOnly, ReviewQueue.For(_desk.Dossier, _desk.Template, Secretary).Failure!.Code);
    }
}
