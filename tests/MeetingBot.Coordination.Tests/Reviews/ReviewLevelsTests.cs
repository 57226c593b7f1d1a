using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reviews;

/// <summary>Review by more than one level: whom an item goes to by the template, and handing it on (转交).</summary>
public sealed class ReviewLevelsTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void TheSeedsTemplate_SendsTheLeadsOwnItemsToTheSupervisors_AndMembersItemsToTheLead()
    {
        var material = SeedTemplates.DemocraticLifeMeeting.FindDeliverable("self-examination")!;
        var outline = SeedTemplates.DemocraticLifeMeeting.FindDeliverable("criticism-outline")!;

        Assert.Equal([Role.Supervisor, Role.Superior], Reviewers.RolesFor(_desk.Meeting, material, Lead.UserId));
        Assert.Equal([Role.Supervisor, Role.Superior], Reviewers.RolesFor(_desk.Meeting, outline, Lead.UserId));
        Assert.Equal([Role.Lead, Role.Supervisor], Reviewers.RolesFor(_desk.Meeting, material, Li.UserId));
        Assert.Empty(SeedTemplates.DemocraticLifeMeeting.FindDeliverable("study-check-in")!.ReviewerRules);
    }

    [Fact]
    public void TheLeadsMaterial_IsDecidedByASupervisor_NeverByTheLead_AndQueuedOnlyForTheSupervisors()
    {
        Assert.True(_desk.Submit(Lead, "self-examination", Contents.Material()).IsSuccess);

        Assert.Equal(FailureCodes.OwnItemReviewedByOthers, _desk.Approve(Lead, "self-examination", Lead).Failure!.Code);
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.Approve(Li, "self-examination", Lead).Failure!.Code);
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.Approve(Secretary, "self-examination", Lead).Failure!.Code);
        Assert.Empty(ReviewQueue.For(_desk.Dossier, _desk.Template, Lead).Value);
        Assert.Single(ReviewQueue.For(_desk.Dossier, _desk.Template, SupervisorZheng).Value);
        Assert.Equal(FailureCodes.LeadOnly, ReviewQueue.For(_desk.Dossier, _desk.Template, Li).Failure!.Code);

        Assert.True(_desk.Approve(SupervisorZheng, "self-examination", Lead).IsSuccess);
        Assert.Equal(SupervisorZheng.UserId, _desk.SubmissionOf("self-examination", Lead)!.Reviews[^1].ByUserId);
    }

    [Fact]
    public void TheRefusal_NamesTheItemAndItsReviewers_InBothLanguages()
    {
        _desk.Submit(Lead, "self-examination", Contents.Material());

        var text = FailureTexts.For(_desk.Approve(Li, "self-examination", Lead).Failure!);

        Assert.StartsWith("迟永生的个人对照检查材料由督导组（吴刚、郑红）审阅", text.ZhCn, StringComparison.Ordinal);
        Assert.StartsWith("迟永生's Own self-examination material is reviewed by Supervision team (吴刚, 郑红)", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingTheLeadsMaterial_IsForItsAuthorAndItsReviewers_NotOtherMembers()
    {
        _desk.Submit(Lead, "self-examination", Contents.Material());
        _desk.Submit(Li, "self-examination", Contents.Material());
        var leads = _desk.SubmissionOf("self-examination", Lead)!;
        var lis = _desk.SubmissionOf("self-examination", Li)!;

        Assert.True(Visibility.CanRead(_desk.Meeting, SupervisorWu.UserId, leads, _desk.Template));
        Assert.False(Visibility.CanRead(_desk.Meeting, SupervisorWu.UserId, leads)); // without the template: the old, narrower rule
        Assert.False(Visibility.CanRead(_desk.Meeting, SupervisorWu.UserId, lis, _desk.Template));
        Assert.False(Visibility.CanRead(_desk.Meeting, Zhang.UserId, leads, _desk.Template));
        Assert.False(Visibility.CanRead(_desk.Meeting, HeadZhao.UserId, leads, _desk.Template));
    }

    [Fact]
    public void HandingOn_MovesTheItemToOnePermittedReviewer_WithTheReasonOnRecord()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        var outline = _desk.SubmissionOf("criticism-outline", Li, Zhang)!;

        Assert.Equal(FailureCodes.LeadOnly, HandOn(outline, Zhang, SupervisorWu, "请督导组看").Failure!.Code);
        Assert.Equal(FailureCodes.NotAPermittedReviewer, HandOn(outline, Lead, Liu, "请刘洋看").Failure!.Code);
        Assert.Equal(FailureCodes.HandOnReasonRequired, HandOn(outline, Lead, SupervisorWu, " ").Failure!.Code);
        Assert.Equal(FailureCodes.HandOnToSelf, HandOn(outline, Lead, Lead, "我来").Failure!.Code);

        var handedOn = HandOn(outline, Lead, SupervisorWu, "本人分管相近，请督导组把关").Value;

        Assert.Equal(SupervisorWu.UserId, handedOn.AssignedReviewerId);
        Assert.Equal(new ReviewDelegation(1, Lead.UserId, SupervisorWu.UserId, _desk.Now, "本人分管相近，请督导组把关"), Assert.Single(handedOn.Delegations));
        Assert.Equal(AuditActions.ReviewHandedOn, handedOn.History[^1].Action);
        Assert.True(Reviewers.IsCurrent(_desk.Meeting, _desk.Template.FindDeliverable("criticism-outline")!, handedOn, SupervisorWu.UserId));
        Assert.False(Reviewers.IsCurrent(_desk.Meeting, _desk.Template.FindDeliverable("criticism-outline")!, handedOn, Lead.UserId));
        Assert.Equal(FailureCodes.NotTheReviewer, new ApproveSubmission(handedOn.Version, null).Decide(_desk.Meeting, _desk.Template, handedOn, Lead, _desk.Now).Failure!.Code);
        Assert.Equal(FailureCodes.NotTheReviewer, new ApproveSubmission(handedOn.Version, null).Decide(_desk.Meeting, _desk.Template, handedOn, SupervisorZheng, _desk.Now).Failure!.Code);
        Assert.True(new ApproveSubmission(handedOn.Version, null).Decide(_desk.Meeting, _desk.Template, handedOn, SupervisorWu, _desk.Now).IsSuccess);
        Assert.Contains(SubmissionHistory.Of(_desk.Meeting, handedOn, Li).Value, e => e.Kind == SubmissionEventKind.HandedOn && e.ToUserId == SupervisorWu.UserId);
    }

    [Fact]
    public void WithoutReviewerRules_TheLeadReviewsEverything_AsBefore()
    {
        var template = SeedTemplates.DemocraticLifeMeeting;
        var material = template.FindDeliverable("self-examination")! with { ReviewerRules = [] };

        Assert.Equal([Role.Lead], Reviewers.RolesFor(_desk.Meeting, material, Lead.UserId));
        Assert.Equal([Role.Lead], Reviewers.RolesFor(_desk.Meeting, material, Li.UserId));
    }

    private Outcome<Submission> HandOn(Submission submission, Actor by, Actor to, string reason) =>
        new DelegateReview(submission.Version, to.UserId, reason).Decide(_desk.Meeting, _desk.Template, submission, by, _desk.Now);
}
