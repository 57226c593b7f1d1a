using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.CollectiveMaterials;

/// <summary>The collective material is drafted by the lead, every member comments or states no comment, the lead finalises.</summary>
public sealed class CollectiveMaterialTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private void DraftAndCirculate()
    {
        Assert.True(_desk.DraftMaterial(Lead, Contents.Material()).IsSuccess);
        Assert.True(_desk.CirculateMaterial(Lead).IsSuccess);
    }

    [Fact]
    public void OnlyTheLead_DraftsCirculatesAndFinalises()
    {
        Assert.Equal(FailureCodes.LeadOnly, _desk.DraftMaterial(Secretary, Contents.Material()).Failure!.Code);
        DraftAndCirculate();
        Assert.Equal(FailureCodes.LeadOnly, _desk.CirculateMaterial(Li).Failure!.Code);
        Assert.Equal(FailureCodes.LeadOnly, _desk.FinaliseMaterial(Secretary).Failure!.Code);
    }

    [Fact]
    public void Circulating_MakesAVersionFromTheDraft()
    {
        DraftAndCirculate();

        Assert.Equal(MaterialState.Circulated, _desk.Material!.State);
        Assert.Equal(1, Assert.Single(_desk.Material.Versions).Number);
        Assert.Null(_desk.Material.Draft);
        Assert.Equal("meetings/dlm-2014-07/collective-material", _desk.Material.Id.ToString());
    }

    [Fact]
    public void AnIncompleteDraft_IsNotCirculated()
    {
        _desk.DraftMaterial(Lead, Contents.Material() with { Measures = [] });

        Assert.Equal(FailureCodes.Incomplete, _desk.CirculateMaterial(Lead).Failure!.Code);
        Assert.Equal(FailureCodes.NothingToSubmit, MeetingDesk.SeedMeeting().CirculateMaterial(Lead).Failure!.Code);
    }

    [Fact]
    public void EveryMember_CommentsOrStatesNoComment_OnTheCirculatedVersion()
    {
        DraftAndCirculate();

        var commented = _desk.CommentOnMaterial(Li, "整改措施要有时限").Value;
        var none = _desk.CommentOnMaterial(Zhang, null).Value;

        Assert.Equal(new MaterialResponse(1, _desk.Now, false, "整改措施要有时限"), Assert.Single(commented.Responses));
        Assert.True(Assert.Single(none.Responses).NoComment);
        Assert.Equal("meetings/dlm-2014-07/collective-material/comments/m-li", commented.Id.ToString());
    }

    [Fact]
    public void CommentsWait_UntilTheMaterialIsCirculated_AndEndWhenItIsFinal()
    {
        Assert.Equal(FailureCodes.MaterialNotCirculated, _desk.CommentOnMaterial(Li, "x").Failure!.Code);
        _desk.DraftMaterial(Lead, Contents.Material());
        Assert.Equal(FailureCodes.MaterialNotCirculated, _desk.CommentOnMaterial(Li, "x").Failure!.Code);
    }

    [Fact]
    public void OnlyMembersOtherThanTheLead_Comment()
    {
        DraftAndCirculate();

        Assert.Equal(FailureCodes.MembersOnly, _desk.CommentOnMaterial(Lead, "x").Failure!.Code);
        Assert.Equal(FailureCodes.MembersOnly, _desk.CommentOnMaterial(SupervisorWu, "x").Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, _desk.CommentOnMaterial(Outsider, "x").Failure!.Code);
    }

    [Fact]
    public void Finalising_WaitsForEveryMember_AndNamesWhoIsMissing()
    {
        DraftAndCirculate();
        _desk.CommentOnMaterial(Li, null);
        _desk.CommentOnMaterial(Zhang, "同意");

        var refused = _desk.FinaliseMaterial(Lead);

        Assert.Equal(FailureCodes.MaterialCommentsMissing, refused.Failure!.Code);
        Assert.Equal("刘洋、陈静、杨帆", refused.Failure.Data["names"]);
    }

    [Fact]
    public void AfterEveryoneAnswered_TheLeadRevisesRecirculatesAndSendsIt_TheSupervisorsApprovalFinalisesIt()
    {
        DraftAndCirculate();
        foreach (var member in OtherMembers)
        {
            _desk.CommentOnMaterial(member, member == Li ? "补充典型事例" : null);
        }

        Assert.True(_desk.DraftMaterial(Lead, Contents.Material() with { Direction = "吸收意见后的修改稿" }).IsSuccess);
        Assert.True(_desk.CirculateMaterial(Lead).IsSuccess);
        Assert.Equal(MaterialState.UnderReview, _desk.FinaliseMaterial(Lead).Value.State);
        var final = _desk.ApproveMaterial(SupervisorWu).Value;

        Assert.Equal(MaterialState.Finalised, final.State);
        Assert.Equal(_desk.Now, final.FinalisedAt);
        Assert.Equal(2, final.Versions.Count);
        Assert.Equal(
            [AuditActions.MaterialDraftSaved, AuditActions.MaterialCirculated, AuditActions.MaterialDraftSaved, AuditActions.MaterialCirculated, AuditActions.MaterialSentForReview, AuditActions.MaterialApproved],
            final.History.Select(h => h.Action));
        Assert.Equal(FailureCodes.MaterialFinalised, _desk.DraftMaterial(Lead, Contents.Material()).Failure!.Code);
        Assert.Equal(FailureCodes.MaterialFinalised, _desk.CommentOnMaterial(Li, "再改").Failure!.Code);
    }

    [Fact]
    public void FinalisingADraftThatWasNeverCirculated_IsRefused()
    {
        _desk.DraftMaterial(Lead, Contents.Material());

        Assert.Equal(FailureCodes.MaterialNotCirculated, _desk.FinaliseMaterial(Lead).Failure!.Code);
    }

    [Fact]
    public void ALeadsDraft_CanBeAnUploadedDocument()
    {
        var document = new Coordination.Submissions.Contents.UploadedDocument("班子对照检查材料.docx",
            Coordination.Submissions.Contents.UploadedDocument.WordContentType, 120_000, "docs/dlm/collective/v1", "一、存在的突出问题……");

        Assert.True(_desk.DraftMaterial(Lead, Coordination.Submissions.Contents.ExaminationMaterial.FromDocument(document)).IsSuccess);
        Assert.True(_desk.CirculateMaterial(Lead).IsSuccess);
    }
}
