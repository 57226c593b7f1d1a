using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Nudges;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Nudges;

public sealed class NudgePersonTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Nudge(Actor actor, Actor target, string? deliverableId = null) =>
        _desk.Change(m => new NudgePerson(m.Version, target.UserId, deliverableId, 2).Decide(_desk.Dossier with { Meeting = m }, _desk.Template, actor, _desk.Now));

    [Fact]
    public void TwoADay_ThenRefusedWithTheNextDay_AndTheNextDayAllowedAgain()
    {
        Assert.True(Nudge(Secretary, Zhang, "study-check-in").IsSuccess);
        Assert.True(Nudge(Secretary, Zhang).IsSuccess);
        // Another person has a count of his own.
        Assert.True(Nudge(Secretary, Li).IsSuccess);

        var third = Nudge(Secretary, Zhang);

        Assert.Equal(FailureCodes.NudgeLimitReached, third.Failure?.Code);
        Assert.Equal("2014-06-11 00:00", third.Failure!.Data["next"]);
        Assert.Equal(2, NudgePerson.SentToday(_desk.Meeting, Zhang.UserId, _desk.Now));
        _desk.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(Nudge(Secretary, Zhang).IsSuccess);
    }

    [Fact]
    public void TheLead_IsNudgedAboutWhatAwaitsHisReview_AndTheAuthorNoLonger()
    {
        Assert.Equal(0, new NudgePerson(0, Lead.UserId, null, 2).SubjectOf(_desk.Dossier, _desk.Template).AwaitingReview);
        _desk.Submit(Zhang, "self-examination", Contents.Material());

        var subject = new NudgePerson(0, Lead.UserId, null, 2).SubjectOf(_desk.Dossier, _desk.Template);

        Assert.Equal(1, subject.AwaitingReview);
        Assert.True(Nudge(Secretary, Lead, "self-examination").IsSuccess);
        Assert.Equal(FailureCodes.NudgeNothingOwed, Nudge(Secretary, Zhang, "self-examination").Failure?.Code);
    }

    [Fact]
    public void TheCollectiveMaterialSentForReview_IsTheSupervisorsToBeNudgedAbout_NotTheLeads()
    {
        _desk.CollectiveMaterialCirculatedAndAnswered();
        Assert.Equal(Coordination.CollectiveMaterials.MaterialState.UnderReview, _desk.FinaliseMaterial(Lead).Value.State);

        var subject = new NudgePerson(0, SupervisorWu.UserId, "collective-material", 2).SubjectOf(_desk.Dossier, _desk.Template);

        Assert.Equal(1, subject.AwaitingReview);
        Assert.Equal(_desk.Now, subject.OldestWaitingSince);
        Assert.True(Nudge(Secretary, SupervisorWu, "collective-material").IsSuccess);
        Assert.Equal(FailureCodes.NudgeNothingOwed, Nudge(Secretary, Lead, "collective-material").Failure?.Code);
    }

    [Fact]
    public void OnlyTheSecretary_Nudges()
    {
        Assert.Equal(FailureCodes.SecretaryOnly, Nudge(Lead, Zhang).Failure?.Code);
        Assert.Equal(FailureCodes.SecretaryOnly, Nudge(Li, Zhang).Failure?.Code);
    }
}
