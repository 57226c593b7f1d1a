using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reviews;

/// <summary>Stable review references (提纲7): issued once per series, kept for good; and 撤回 by the author while pending.</summary>
public sealed class ReviewReferenceTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void TheBook_IssuesEachSeriesItsOwnNumbers_NeverTheSameTwice()
    {
        var book = ReviewReferences.Issue(null, _desk.Meeting.Id, ReviewReference.Outlines).Value;
        book = ReviewReferences.Issue(book, _desk.Meeting.Id, ReviewReference.Outlines).Value;
        book = ReviewReferences.Issue(book, _desk.Meeting.Id, ReviewReference.Materials).Value;

        Assert.Equal(new ReviewReference(ReviewReference.Outlines, 2), book.LastOf(ReviewReference.Outlines));
        Assert.Equal(new ReviewReference(ReviewReference.Materials, 1), book.LastOf(ReviewReference.Materials));
        Assert.Equal(3, book.Version);
    }

    [Fact]
    public void AReference_IsNeededOnlyByWhatAwaitsReview_AndOnlyOnce()
    {
        _desk.SaveDraft(Li, "self-examination", Contents.Material());
        Assert.Null(ReviewReferences.SeriesNeeded(_desk.SubmissionOf("self-examination", Li)!, _desk.Template));
        _desk.Submit(Li, "study-check-in", Contents.Study());
        Assert.Null(ReviewReferences.SeriesNeeded(_desk.SubmissionOf("study-check-in", Li)!, _desk.Template));

        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        Assert.Equal(ReviewReference.Outlines, ReviewReferences.SeriesNeeded(outline, _desk.Template));

        var referenced = ReviewReferences.Assign(outline, new ReviewReference(ReviewReference.Outlines, 7)).Value;
        Assert.Null(ReviewReferences.SeriesNeeded(referenced, _desk.Template));
        Assert.Equal(outline.Version, referenced.Version);
    }

    [Fact]
    public void AGivenReference_NeverChanges()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        var first = ReviewReferences.Assign(outline, new ReviewReference(ReviewReference.Outlines, 3)).Value;

        var second = ReviewReferences.Assign(first, new ReviewReference(ReviewReference.Outlines, 4)).Value;

        Assert.Equal(3, second.Reference!.Number);
    }

    [Fact]
    public void Withdraw_ByTheAuthorWhilePending_MakesItHisDraftAgain()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;

        var withdrawn = new WithdrawSubmission(outline.Version).Decide(_desk.Meeting, _desk.Template, outline, Li, _desk.Now).Value;

        Assert.Equal(SubmissionState.Withdrawn, withdrawn.State);
        Assert.Equal(outline.Latest!.Content, withdrawn.Draft);
        Assert.False(withdrawn.AwaitsReview(requiresApproval: true));
        Assert.Equal(Coordination.Meetings.AuditActions.Withdrawn, withdrawn.History[^1].Action);
    }

    [Fact]
    public void Withdraw_BySomeoneElse_OrAfterTheDecision_IsRefused()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        foreach (var other in new[] { Lead, Zhang, Secretary })
        {
            Assert.Equal(FailureCodes.OnlyAuthorWithdraws, new WithdrawSubmission(outline.Version).Decide(_desk.Meeting, _desk.Template, outline, other, _desk.Now).Failure!.Code);
        }

        var approved = _desk.Approve(Lead, "criticism-outline", Li, Zhang).Value;
        Assert.Equal(FailureCodes.NotPendingReview, new WithdrawSubmission(approved.Version).Decide(_desk.Meeting, _desk.Template, approved, Li, _desk.Now).Failure!.Code);
    }

    [Fact]
    public void AWithdrawnItem_IsHandedInAgain_AsAFreshSubmission()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        var withdrawn = new WithdrawSubmission(outline.Version).Decide(_desk.Meeting, _desk.Template, outline, Li, _desk.Now).Value;

        var again = new Submit(withdrawn.Version, "criticism-outline", Zhang.UserId, null).Decide(_desk.Meeting, _desk.Template, withdrawn, Li, _desk.Now).Value;

        Assert.Equal(SubmissionState.Submitted, again.State);
        Assert.Equal(2, again.Latest!.Number);
    }
}
