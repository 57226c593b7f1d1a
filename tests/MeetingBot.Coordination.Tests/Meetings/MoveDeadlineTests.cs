using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

public sealed class MoveDeadlineTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Move(Actor actor, string deliverableId, DateTime due, string? reason = "下乡调研") =>
        _desk.Change(m => new MoveDeadline(m.Version, deliverableId, due, reason).Decide(m, _desk.Template, actor, _desk.Now));

    [Fact]
    public void Secretary_MovesOneDeadline_OnlyThatOne_InTheMeetingsZone_Audited()
    {
        var before = _desk.Meeting.Deadlines;

        var meeting = Move(Secretary, "study-check-in", new DateTime(2014, 6, 28, 18, 0, 0)).Value;

        Assert.Equal(new DateTimeOffset(2014, 6, 28, 18, 0, 0, TimeSpan.FromHours(8)), meeting.DeadlineOf("study-check-in")!.Due);
        Assert.Equal(before.Where(d => d.DeliverableId != "study-check-in"), meeting.Deadlines.Where(d => d.DeliverableId != "study-check-in"));
        var entry = meeting.Audit[^1];
        Assert.Equal((AuditActions.DeadlineMoved, Secretary.UserId), (entry.Action, entry.ActorId));
        Assert.Contains("下乡调研", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("2014-06-28 18:00", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AMember_IsRefused_AndToldToAskTheSecretaryForMoreTime_GivingHisReason()
    {
        var outcome = Move(Li, "study-check-in", new DateTime(2014, 6, 28, 18, 0, 0));

        Assert.Equal(FailureCodes.DeadlineSecretaryOnly, outcome.Failure?.Code);
        Assert.Equal("截止时间由会议组织者（领导小组办公室）调整。确需延期的，请向王秘书说明原因，由其办理。", FailureTexts.For(outcome.Failure!).ZhCn);
    }

    [Fact]
    public void TheLead_IsRefused_WithThePlainRefusalNamingTheSecretary_NotAskedForHisReason()
    {
        var outcome = Move(Lead, "study-check-in", new DateTime(2014, 6, 28, 18, 0, 0));

        Assert.Equal(FailureCodes.SecretaryOnly, outcome.Failure?.Code);
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。", FailureTexts.For(outcome.Failure!).ZhCn);
    }

    [Fact]
    public void WithoutAReason_InThePast_PastTheMeeting_OrUnknown_IsRefused()
    {
        Assert.Equal(FailureCodes.DeadlineReasonRequired, Move(Secretary, "study-check-in", new DateTime(2014, 6, 28, 18, 0, 0), " ").Failure?.Code);
        Assert.Equal(FailureCodes.DeadlineInThePast, Move(Secretary, "study-check-in", new DateTime(2014, 6, 9, 18, 0, 0)).Failure?.Code);
        Assert.Equal(FailureCodes.DeadlineAfterMeeting, Move(Secretary, "problem-list", new DateTime(2014, 7, 16, 18, 0, 0)).Failure?.Code);
        Assert.Equal(FailureCodes.DeliverableNotFound, Move(Secretary, "annual-summary", new DateTime(2014, 6, 28, 18, 0, 0)).Failure?.Code);
        Assert.Equal(1, _desk.Meeting.Version);
    }

    [Fact]
    public void LeadTime_OfASetUpInTime_ListsNothingLate_AndLaterListsWhatHasPassed()
    {
        Assert.Empty(LeadTime.AlreadyLate(_desk.Meeting, _desk.Template, _desk.Now));
        Assert.Equal(TimeSpan.FromDays(20) - TimeSpan.FromHours(9), LeadTime.Required(_desk.Meeting));

        var late = LeadTime.AlreadyLate(_desk.Meeting, _desk.Template, new DateTimeOffset(2014, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        Assert.Equal(["study-check-in", "problem-list"], late.Select(d => d.DeliverableId));
    }
}
