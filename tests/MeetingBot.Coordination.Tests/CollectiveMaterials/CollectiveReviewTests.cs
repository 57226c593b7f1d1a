using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.CollectiveMaterials;

/// <summary>
/// Where the template has the collective material reviewed, 定稿 sends it to the supervisors or the superior, whose
/// approval finalises it; a return puts it back to the lead; the lead never decides it himself.
/// </summary>
public sealed class CollectiveReviewTests
{
    private const string County = "某县";
    private const string Town = "某县/某镇党委";

    // 钱部长 of the county's organisation department: the superior, seated for this meeting.
    private static readonly Actor Qian = new("o-qian", "钱部长", Tenant);

    private readonly MeetingDesk _desk = Desk(Role.Supervisor, Role.Superior);

    private static MeetingDesk Desk(params Role[] reviewers)
    {
        var seed = MeetingDesk.SeedMeeting();
        var template = seed.Template with
        {
            Deliverables = [.. seed.Template.Deliverables.Select(d => d.Kind == DeliverableKind.CollectiveMaterial
                ? d with { RequiresApproval = true, ReviewerRules = [new ReviewerRule(Role.Lead, reviewers)] }
                : d)],
        };
        var desk = new MeetingDesk(template, seed.Meeting, seed.Clock);
        Assert.True(desk.Change(m => new SeatSuperior(m.Version, P(Qian), County, Town).Decide(m, Secretary, desk.Now)).IsSuccess);
        return desk;
    }

    private static void SendForReview(MeetingDesk desk)
    {
        Assert.True(desk.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(desk.CirculateMaterial(Lead).IsSuccess);
        foreach (var member in OtherMembers)
        {
            Assert.True(desk.CommentOnMaterial(member, null).IsSuccess);
        }

        Assert.Equal(MaterialState.UnderReview, desk.FinaliseMaterial(Lead).Value.State);
    }

    [Fact]
    public void Finalising_SendsItForReview_AndOnlyTheReviewersApproval_MakesItFinal()
    {
        SendForReview(_desk);

        Assert.Null(_desk.Material!.FinalisedAt);
        Assert.Equal(AuditActions.MaterialSentForReview, _desk.Material.History[^1].Action);
        Assert.Equal(FailureCodes.MaterialUnderReview, _desk.DraftMaterial(Lead, Contents.Material()).Failure!.Code);
        Assert.Equal(FailureCodes.MaterialUnderReview, _desk.FinaliseMaterial(Lead).Failure!.Code);

        var approved = _desk.ApproveMaterial(SupervisorWu, "同意").Value;

        Assert.Equal(MaterialState.Finalised, approved.State);
        Assert.Equal(_desk.Now, approved.FinalisedAt);
        Assert.Equal(new ReviewDecision(1, SupervisorWu.UserId, _desk.Now, true, "同意"), Assert.Single(approved.Reviews));
        Assert.Equal(AuditActions.MaterialApproved, approved.History[^1].Action);
    }

    [Fact]
    public void TheLead_AMember_TheSecretary_AndTheSuperiorItIsNotWith_MayNotDecideIt_EachToldWhoDoes()
    {
        SendForReview(_desk);

        var lead = _desk.ApproveMaterial(Lead).Failure!;
        Assert.Equal(FailureCodes.MaterialReviewedByOthers, lead.Code);
        Assert.Equal("班子对照检查材料由督导组（吴刚、郑红）审核把关，主要负责同志本人不能批准、退回或转交。", FailureTexts.For(lead).ZhCn);
        Assert.Equal("The collective material is reviewed by Supervision team (吴刚, 郑红); the lead cannot approve, return or hand it on himself.", FailureTexts.For(lead).En);
        Assert.Equal(FailureCodes.MaterialReviewedByOthers, _desk.ReturnMaterial(Lead, "再改改").Failure!.Code);
        Assert.Equal(FailureCodes.MaterialReviewedByOthers, _desk.HandOnMaterial(Lead, Qian, "请上级看").Failure!.Code);
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.ApproveMaterial(Li).Failure!.Code);
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.ApproveMaterial(Secretary).Failure!.Code);
        // The superior may be handed it, but it goes to the supervisors first.
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.ApproveMaterial(Qian).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, _desk.ApproveMaterial(Outsider).Failure!.Code);
        Assert.Equal(MaterialState.UnderReview, _desk.Material!.State);
    }

    [Fact]
    public void AReturn_NeedsAComment_AndPutsItBackToTheLead_WhoRevisesAndSendsItAgain()
    {
        SendForReview(_desk);

        Assert.Equal(FailureCodes.CommentRequired, _desk.ReturnMaterial(SupervisorZheng, " ").Failure!.Code);
        var returned = _desk.ReturnMaterial(SupervisorZheng, "典型事例不够具体").Value;

        Assert.Equal(MaterialState.Circulated, returned.State);
        Assert.Equal(new ReviewDecision(1, SupervisorZheng.UserId, _desk.Now, false, "典型事例不够具体"), Assert.Single(returned.Reviews));
        Assert.True(_desk.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(_desk.CirculateMaterial(Lead).IsSuccess);
        Assert.Equal(MaterialState.UnderReview, _desk.FinaliseMaterial(Lead).Value.State);
        Assert.Equal(2, _desk.ApproveMaterial(SupervisorZheng).Value.Reviews[^1].VersionNumber);
    }

    [Fact]
    public void HandingOn_ToTheSuperior_IsRecorded_AndHeAloneDecidesItThen()
    {
        SendForReview(_desk);

        Assert.Equal(FailureCodes.NotAPermittedReviewer, _desk.HandOnMaterial(SupervisorWu, Li, "请李敏看").Failure!.Code);
        Assert.Equal(FailureCodes.HandOnReasonRequired, _desk.HandOnMaterial(SupervisorWu, Qian, "").Failure!.Code);
        var handedOn = _desk.HandOnMaterial(SupervisorWu, Qian, "请组织部把关").Value;

        Assert.Equal(Qian.UserId, handedOn.AssignedReviewerId);
        Assert.Equal(new ReviewDelegation(1, SupervisorWu.UserId, Qian.UserId, _desk.Now, "请组织部把关"), Assert.Single(handedOn.Delegations));
        Assert.Equal(AuditActions.MaterialReviewHandedOn, handedOn.History[^1].Action);
        Assert.Equal(FailureCodes.NotTheReviewer, _desk.ApproveMaterial(SupervisorWu).Failure!.Code);
        Assert.Equal(MaterialState.Finalised, _desk.ApproveMaterial(Qian).Value.State);
    }

    [Fact]
    public void TheReadinessGate_NamesWhomTheMaterialWaitsFor_AndItCountsOnlyOnceApproved()
    {
        SendForReview(_desk);

        var gap = Assert.Single(_desk.Readiness().Gaps, g => g.DeliverableId == "collective-material");
        Assert.StartsWith("等待督导组（吴刚、郑红）审阅", gap.Text.ZhCn, StringComparison.Ordinal);
        Assert.StartsWith("Waiting for Supervision team (吴刚, 郑红) to review", gap.Text.En, StringComparison.Ordinal);

        _desk.ApproveMaterial(SupervisorWu);

        Assert.DoesNotContain(_desk.Readiness().Gaps, g => g.DeliverableId == "collective-material");
    }

    [Fact]
    public void TheSuperior_ReadsTheMaterialOnlyWhileItIsWithHim_AndNothingElseOfTheMeeting()
    {
        SendForReview(_desk);
        _desk.Submit(Li, "self-examination", Contents.Material());

        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, Qian, _desk.Material!, _desk.Template).Failure!.Code);
        _desk.HandOnMaterial(SupervisorWu, Qian, "请组织部把关");
        var read = Visibility.Read(_desk.Meeting, Qian, _desk.Material!, _desk.Template);
        Assert.True(read.IsSuccess);
        Assert.Null(read.Value.Draft);
        Assert.True(DocumentAccess.MayDownload(_desk.Meeting, Qian, _desk.Material!, _desk.Template));
        Assert.False(Visibility.Read(_desk.Meeting, Qian, _desk.Material!).IsSuccess); // without the template: no reviewer rule, no read
        Assert.False(Visibility.CanRead(_desk.Meeting, Qian.UserId, _desk.SubmissionOf("self-examination", Li)!, _desk.Template));
        Assert.False(DocumentAccess.MayDownloadReport(_desk.Meeting, Qian));
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, Qian, _desk.Dossier.MaterialComments[0]).Failure!.Code);

        _desk.ApproveMaterial(Qian);

        Assert.False(Visibility.Read(_desk.Meeting, Qian, _desk.Material!, _desk.Template).IsSuccess);
    }

    [Fact]
    public void WithoutReview_TheLeadStillFinalisesItHimself()
    {
        // A template whose collective material has no approval (the seed's has): the lead's 定稿 is final.
        var seed = MeetingDesk.SeedMeeting();
        var template = seed.Template with
        {
            Deliverables = [.. seed.Template.Deliverables.Select(d => d.Kind == DeliverableKind.CollectiveMaterial ? d with { RequiresApproval = false, ReviewerRules = [] } : d)],
        };
        var desk = new MeetingDesk(template, seed.Meeting, seed.Clock);
        Assert.True(desk.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(desk.CirculateMaterial(Lead).IsSuccess);
        foreach (var member in OtherMembers)
        {
            desk.CommentOnMaterial(member, null);
        }

        Assert.Equal(MaterialState.Finalised, desk.FinaliseMaterial(Lead).Value.State);
        Assert.Equal(FailureCodes.MaterialNotUnderReview, desk.ApproveMaterial(SupervisorWu).Failure!.Code);
    }

    [Fact]
    public void TheSeedsTemplate_HasTheSupervisorsReviewIt_AndTheSuperiorMayBeHandedIt()
    {
        var deliverable = CollectiveReview.Deliverable(SeedTemplates.DemocraticLifeMeeting);

        Assert.NotNull(deliverable);
        Assert.Equal([Role.Supervisor, Role.Superior], Assert.Single(deliverable.ReviewerRules, r => r.Author == Role.Lead).Reviewers);
    }

    [Fact]
    public void WithNoSupervisorSeated_SendingIsRefused_NamingWhomTheOfficeSeats_AndTheSuperiorOnceSeatedGetsIt()
    {
        var desk = MeetingDesk.SeedMeeting();
        foreach (var supervisor in (Actor[])[SupervisorWu, SupervisorZheng])
        {
            Assert.True(desk.Change(m => new RemoveParticipant(m.Version, supervisor.UserId).Decide(m, Secretary, desk.Now)).IsSuccess);
        }

        Assert.True(desk.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(desk.CirculateMaterial(Lead).IsSuccess);
        foreach (var member in OtherMembers)
        {
            Assert.True(desk.CommentOnMaterial(member, null).IsSuccess);
        }

        var refused = desk.FinaliseMaterial(Lead).Failure!;
        Assert.Equal(FailureCodes.MaterialWithoutReviewer, refused.Code);
        Assert.Equal("督导组或上级党委（组织部）", refused.Data["reviewers"]);
        Assert.Equal(MaterialState.Circulated, desk.Material!.State);

        // With no 督导组 the material goes to the next reviewer the template names, once the office seats him.
        Assert.True(desk.Change(m => new SeatSuperior(m.Version, P(Qian), County, Town).Decide(m, Secretary, desk.Now)).IsSuccess);
        Assert.Equal(MaterialState.UnderReview, desk.FinaliseMaterial(Lead).Value.State);
        Assert.Equal("上级党委（组织部）（钱部长）", CollectiveReview.Describe(desk.Meeting, desk.Template, desk.Material!).ZhCn);
        Assert.Equal(MaterialState.Finalised, desk.ApproveMaterial(Qian).Value.State);
    }

    [Fact]
    public void TheSuperiorFirst_WhenTheTemplateSaysSo()
    {
        var desk = Desk(Role.Superior, Role.Supervisor);
        SendForReview(desk);

        Assert.Equal(FailureCodes.NotTheReviewer, desk.ApproveMaterial(SupervisorWu).Failure!.Code);
        Assert.Equal("上级党委（组织部）（钱部长）", CollectiveReview.Describe(desk.Meeting, desk.Template, desk.Material!).ZhCn);
        Assert.Equal(MaterialState.Finalised, desk.ApproveMaterial(Qian).Value.State);
    }
}
