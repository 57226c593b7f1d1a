using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

/// <summary>通知: the secretary or the lead tells everyone else in the meeting; it is audited, nothing else changes.</summary>
public sealed class SendNoticeTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Send(Actor actor, string text, long? version = null) =>
        _desk.Change(m => new SendNotice(version ?? m.Version, text).Decide(m, actor, _desk.Now));

    [Fact]
    public void Recipients_AreEveryoneButTheSender()
    {
        var recipients = SendNotice.Recipients(_desk.Meeting, Secretary).Select(p => p.UserId).ToList();

        Assert.DoesNotContain(Secretary.UserId, recipients);
        Assert.Equal(_desk.Meeting.Participants.Count - 1, recipients.Count);
        Assert.Contains(Lead.UserId, recipients);
        Assert.Contains(SupervisorWu.UserId, recipients);
        Assert.DoesNotContain(Lead.UserId, SendNotice.Recipients(_desk.Meeting, Lead).Select(p => p.UserId));
    }

    [Fact]
    public void BySecretaryOrLead_IsAudited_AndChangesNothingElse()
    {
        var before = _desk.Meeting;

        var sent = Send(Secretary, " 明天下午三点开筹备会 ").Value;
        var byLead = Send(Lead, "请大家按时参会").Value;

        Assert.Equal((before.StartsAt, before.Place, before.Deadlines, before.Status), (byLead.StartsAt, byLead.Place, byLead.Deadlines, byLead.Status));
        Assert.Equal((2L, Secretary.UserId, AuditActions.NoticeSent), (sent.Audit[^1].Version, sent.Audit[^1].ActorId, sent.Audit[^1].Action));
        Assert.Equal($"{before.Participants.Count - 1}: 明天下午三点开筹备会", sent.Audit[^1].Detail);
        Assert.Equal((3L, Lead.UserId), (byLead.Audit[^1].Version, byLead.Audit[^1].ActorId));
    }

    [Fact]
    public void AMember_IsRefusedNamingWhomToAsk_AnOutsiderAsAnOutsider()
    {
        var refused = Send(Li, "明天开会").Failure!;

        Assert.Equal(FailureCodes.NoticeSecretaryOrLeadOnly, refused.Code);
        Assert.Contains(refused.Data, d => d.Key == "secretary" && d.Value == Secretary.Name);
        Assert.Contains(refused.Data, d => d.Key == "lead" && d.Value == Lead.Name);
        Assert.Equal(FailureCodes.NotAParticipant, Send(Outsider, "明天开会").Failure!.Code);
        Assert.Equal(1, _desk.Meeting.Version);
    }

    [Fact]
    public void AnEmptyNotice_OrAStaleVersion_IsRefused()
    {
        Assert.Equal(FailureCodes.NoticeRequired, Send(Secretary, "  ").Failure!.Code);
        Assert.Equal(FailureKind.Conflict, Send(Secretary, "明天开会", version: 0).Failure!.Kind);
        Assert.Equal(1, _desk.Meeting.Version);
    }
}
