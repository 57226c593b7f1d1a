using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.CriticismOutlines;

/// <summary>明示: an approved outline is told to the criticised member in advance, and not before.</summary>
public sealed class DisclosureTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void CriticismOutline_IsDisclosedToItsTarget_OnlyAfterTheLeadApproves()
    {
        var submitted = _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang).Value;
        Assert.Null(submitted.DisclosedAt);
        Assert.Equal(FailureCodes.NotYetDisclosed, Visibility.Read(_desk.Meeting, Zhang, submitted).Failure!.Code);
        Assert.Empty(Disclosure.ToMe(_desk.Dossier, Zhang).Value);

        _desk.Clock.Advance(TimeSpan.FromHours(1));
        var approved = _desk.Approve(Lead, "criticism-outline", Li, Zhang).Value;

        Assert.Equal(_desk.Now, approved.DisclosedAt);
        Assert.True(Visibility.Read(_desk.Meeting, Zhang, approved).IsSuccess);
        var disclosed = Assert.Single(Disclosure.ToMe(_desk.Dossier, Zhang).Value);
        Assert.Equal((Li.UserId, Li.Name, 1), (disclosed.AuthorId, disclosed.AuthorName, disclosed.VersionNumber));
        Assert.Equal(Contents.GoodOutline().Points, disclosed.Points);
    }

    [Fact]
    public void AReturnedOutline_IsNotDisclosed()
    {
        _desk.Submit(Li, "criticism-outline", Contents.WeakOutline(), Zhang);

        var returned = _desk.Return(Lead, "criticism-outline", Li, "没有具体事例", Zhang).Value;

        Assert.Null(returned.DisclosedAt);
        Assert.False(Visibility.CanRead(_desk.Meeting, Zhang.UserId, returned));
    }

    [Fact]
    public void Disclosure_IsAudited()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);

        var approved = _desk.Approve(Lead, "criticism-outline", Li, Zhang).Value;

        Assert.Equal([AuditActions.Approved, AuditActions.Disclosed], approved.History.TakeLast(2).Select(h => h.Action));
    }

    [Fact]
    public void ApprovingAMaterial_DisclosesNothing()
    {
        _desk.Submit(Li, "self-examination", Contents.Material());

        Assert.Null(_desk.Approve(Lead, "self-examination", Li).Value.DisclosedAt);
    }

    [Fact]
    public void AMemberSeesOnlyTheOutlinesAboutHim()
    {
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Approve(Lead, "criticism-outline", Li, Zhang);
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Liu);
        _desk.Approve(Lead, "criticism-outline", Li, Liu);

        Assert.Single(Disclosure.ToMe(_desk.Dossier, Zhang).Value);
        Assert.False(Visibility.CanRead(_desk.Meeting, Zhang.UserId, _desk.SubmissionOf("criticism-outline", Li, Liu)!));
        Assert.Equal(FailureCodes.NotAParticipant, Disclosure.ToMe(_desk.Dossier, Outsider).Failure!.Code);
    }
}
