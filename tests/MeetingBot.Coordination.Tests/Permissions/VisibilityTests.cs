using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Permissions;

/// <summary>Privacy: sensitive items are shown only to the people domain.md allows.</summary>
public sealed class VisibilityTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void AnOutline_IsVisibleToItsAuthorAndTheLead_Only_BeforeApproval()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;

        Assert.True(Visibility.CanRead(_desk.Meeting, Li.UserId, outline));
        Assert.True(Visibility.CanRead(_desk.Meeting, Lead.UserId, outline));
        foreach (var other in new[] { Zhang, Liu, Secretary, SupervisorWu, HeadZhao, Outsider })
        {
            Assert.False(Visibility.CanRead(_desk.Meeting, other.UserId, outline));
        }
    }

    [Fact]
    public void PersonalMaterial_IsVisibleToItsAuthorAndTheReviewingLead()
    {
        var material = _desk.Submit(Li, "self-examination", Contents.Material()).Value;
        var problems = _desk.Submit(Li, "problem-list", Contents.Problems()).Value;

        Assert.True(Visibility.CanRead(_desk.Meeting, Lead.UserId, material));
        Assert.False(Visibility.CanRead(_desk.Meeting, Secretary.UserId, material));
        Assert.False(Visibility.CanRead(_desk.Meeting, Zhang.UserId, problems));
        Assert.False(Visibility.CanRead(_desk.Meeting, SupervisorWu.UserId, problems));
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, Zhang, problems).Failure!.Code);
    }

    [Fact]
    public void OrganisationalRecords_AreVisibleToSecretariesAndSupervisors()
    {
        var report = _desk.Submit(Secretary, "report-upward", Contents.Report(_desk.Meeting, new DateOnly(2014, 6, 30))).Value;
        var attendance = _desk.Submit(Li, "attendance-confirmation", Contents.Absent()).Value;

        Assert.True(Visibility.CanRead(_desk.Meeting, SupervisorWu.UserId, report));
        Assert.True(Visibility.CanRead(_desk.Meeting, Secretary.UserId, attendance));
        Assert.False(Visibility.CanRead(_desk.Meeting, Zhang.UserId, attendance));
    }

    [Fact]
    public void OnlyTheAuthor_SeesHisUnsubmittedDraft()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());
        _desk.Return(Lead, "self-examination", Li, "再深入些");
        var withDraft = _desk.SaveDraft(Li, "self-examination", Contents.Material()).Value;

        Assert.NotNull(Visibility.Read(_desk.Meeting, Li, withDraft).Value.Draft);
        Assert.Null(Visibility.Read(_desk.Meeting, Lead, withDraft).Value.Draft);
    }

    [Fact]
    public void ATalkRecord_IsVisibleToItsTwoParties_Only()
    {
        var record = _desk.RecordTalk(Li, HeadZhao).Value;

        Assert.True(Visibility.Read(_desk.Meeting, Li, record).IsSuccess);
        Assert.True(Visibility.Read(_desk.Meeting, HeadZhao, record).IsSuccess);
        foreach (var other in new[] { Lead, Secretary, SupervisorWu, Zhang })
        {
            Assert.Equal(FailureCodes.NotAParty, Visibility.Read(_desk.Meeting, other, record).Failure!.Code);
        }
    }

    [Fact]
    public void TheCollectiveMaterial_IsTheLeadsWhileDrafted_AndTheTeamsOnceCirculated()
    {
        var draft = _desk.DraftMaterial(Lead, Contents.Material()).Value;
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, Li, draft).Failure!.Code);

        _desk.CirculateMaterial(Lead);
        var revising = _desk.DraftMaterial(Lead, Contents.Material() with { Direction = "修改稿" }).Value;

        Assert.NotNull(Visibility.Read(_desk.Meeting, Lead, revising).Value.Draft);
        var seenByMember = Visibility.Read(_desk.Meeting, Li, revising).Value;
        Assert.Null(seenByMember.Draft);
        Assert.Single(seenByMember.Versions);
        Assert.True(Visibility.Read(_desk.Meeting, SupervisorWu, revising).IsSuccess);
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, HeadZhao, revising).Failure!.Code);
    }

    [Fact]
    public void AMembersCommentOnTheCollectiveMaterial_IsVisibleToHimAndTheLead()
    {
        _desk.DraftMaterial(Lead, Contents.Material());
        _desk.CirculateMaterial(Lead);
        var comment = _desk.CommentOnMaterial(Li, "措施要再具体些").Value;

        Assert.True(Visibility.Read(_desk.Meeting, Lead, comment).IsSuccess);
        Assert.True(Visibility.Read(_desk.Meeting, Li, comment).IsSuccess);
        Assert.Equal(FailureCodes.NotVisible, Visibility.Read(_desk.Meeting, Zhang, comment).Failure!.Code);
    }

    [Fact]
    public void NonParticipantsAndOtherTenants_SeeNothing()
    {
        var outline = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        var record = _desk.RecordTalk(Lead, Li).Value;

        Assert.Equal(FailureCodes.NotAParticipant, Visibility.Read(_desk.Meeting, Outsider, outline).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, Visibility.Read(_desk.Meeting, Outsider, record).Failure!.Code);
        Assert.Equal(FailureCodes.OtherTenant, Visibility.Read(_desk.Meeting, OtherTenantLead, outline).Failure!.Code);
        Assert.Equal(FailureCodes.OtherTenant, Visibility.Read(_desk.Meeting, OtherTenantLead, record).Failure!.Code);
    }
}
