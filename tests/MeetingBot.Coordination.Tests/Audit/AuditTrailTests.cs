using MeetingBot.Coordination.Audit;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Audit;

/// <summary>"Who changed what, when", listable by the secretary.</summary>
public sealed class AuditTrailTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    [Fact]
    public void TheSecretary_ListsEveryChange_OfTheMeetingAndItsDocuments_InTimeOrder()
    {
        _desk.Clock.Advance(TimeSpan.FromMinutes(1));
        _desk.Submit(Li, "criticism-outline", Contents.GoodOutline(), Zhang);
        _desk.Clock.Advance(TimeSpan.FromMinutes(1));
        _desk.Return(Lead, "criticism-outline", Li, "要更具体", Zhang);
        _desk.Clock.Advance(TimeSpan.FromMinutes(1));
        _desk.RecordTalk(Lead, Li);
        _desk.Clock.Advance(TimeSpan.FromMinutes(1));
        _desk.Change(m => new RescheduleMeeting(m.Version, new DateTime(2014, 7, 16, 9, 0, 0), null, null).Decide(m, _desk.Template, Secretary, _desk.Now));

        var trail = AuditTrail.For(_desk.Dossier, Secretary).Value;

        Assert.Equal(
            [AuditActions.MeetingCreated, AuditActions.Submitted, AuditActions.Returned, AuditActions.TalkRecorded, AuditActions.MeetingRescheduled],
            trail.Select(e => e.Action));
        Assert.Equal([Secretary.UserId, Li.UserId, Lead.UserId, Lead.UserId, Secretary.UserId], trail.Select(e => e.ActorId));
        Assert.True(trail.Zip(trail.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Equal("meetings/dlm-2014-07/submissions/criticism-outline/m-li/m-zhang", trail[1].Subject);
        Assert.DoesNotContain(trail, e => e.Detail?.Contains("要更具体", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void OnlyTheSecretary_ListsTheAuditTrail()
    {
        Assert.Equal(FailureCodes.SecretaryOnly, AuditTrail.For(_desk.Dossier, Lead).Failure!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, AuditTrail.For(_desk.Dossier, Outsider).Failure!.Code);
    }
}
