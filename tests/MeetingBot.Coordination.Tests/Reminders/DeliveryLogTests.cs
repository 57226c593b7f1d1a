using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

/// <summary>The counting rules of the secretary's delivery log.</summary>
public sealed class DeliveryLogTests
{
    private const string Study = "meetings/m1/reminders/before-deadline/study-check-in/3";
    private const string Notice = "meetings/m1/reminders/meeting-day/meeting/1";
    private static readonly DateTimeOffset Now = new(2014, 6, 20, 9, 0, 0, TimeSpan.Zero);
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private static DeliveryEntry Entry(string reminder, Actor who, DeliveryStatus status, int attempts = 1, int minutesAgo = 10, DateTimeOffset? lease = null) =>
        new(reminder, who.UserId, status, attempts, Now.AddMinutes(-minutesAgo), lease);

    [Fact]
    public void EachPush_CountsOnceInItsCurrentState_PerReminder()
    {
        var log = DeliveryLog.Summarise(_desk.Meeting,
        [
            Entry(Study, Li, DeliveryStatus.Sent),
            Entry(Study, Zhang, DeliveryStatus.Sent, attempts: 2),
            Entry(Study, Liu, DeliveryStatus.Failed, attempts: 3),
            Entry(Study, Chen, DeliveryStatus.Unreachable),
            Entry(Study, Yang, DeliveryStatus.Cancelled),
            Entry(Notice, Li, DeliveryStatus.Sent, minutesAgo: 1),
        ], Now);

        Assert.Equal([Notice, Study], log.Select(l => l.ReminderKey));
        var study = log[1];
        Assert.Equal((2, 2, 1, 1, 1, 0), (study.Sent, study.Retried, study.Failed, study.Unreachable, study.Cancelled, study.InFlight));
        Assert.Equal(5, study.Total);
        Assert.Equal(["刘洋", "杨帆"], study.FailedNames);
        Assert.Equal(["陈静"], study.UnreachableNames);
        Assert.Equal(1, log[0].Sent);
    }

    [Fact]
    public void AClaimWhoseLeaseRanOut_CountsAsFailed_AndALiveOneAsInFlight()
    {
        var log = DeliveryLog.Summarise(_desk.Meeting,
        [
            Entry(Study, Li, DeliveryStatus.InFlight, lease: Now.AddMinutes(-1)),
            Entry(Study, Zhang, DeliveryStatus.InFlight, lease: Now.AddMinutes(1)),
        ], Now);

        var study = Assert.Single(log);
        Assert.Equal((1, 1), (study.Failed, study.InFlight));
        Assert.Equal(["李敏"], study.FailedNames);
    }

    [Fact]
    public void NamesFollowTheRoster_AndSomeoneNoLongerInItShowsById()
    {
        var log = DeliveryLog.Summarise(_desk.Meeting,
        [
            Entry(Study, Yang, DeliveryStatus.Unreachable),
            new DeliveryEntry(Study, "gone-user", DeliveryStatus.Unreachable, 1, Now, null),
            Entry(Study, Li, DeliveryStatus.Unreachable),
        ], Now);

        Assert.Equal(["李敏", "杨帆", "gone-user"], Assert.Single(log).UnreachableNames);
    }

    [Theory]
    [InlineData(DeliveryStatus.Failed, null, true)]
    [InlineData(DeliveryStatus.Cancelled, null, true)]
    [InlineData(DeliveryStatus.Sent, null, false)]
    [InlineData(DeliveryStatus.Unreachable, null, false)]
    [InlineData(DeliveryStatus.InFlight, 1, false)]
    [InlineData(DeliveryStatus.InFlight, -1, true)]
    public void ResendTakes_FailedCancelledAndDeadClaims_NeverSentOrUnreachable(DeliveryStatus status, int? leaseMinutes, bool expected)
    {
        var entry = Entry(Study, Li, status, lease: leaseMinutes is { } m ? Now.AddMinutes(m) : null);

        Assert.Equal(expected, entry.MayResend(Now));
    }

    [Fact]
    public void LedgerKeys_SplitIntoReminderAndRecipient()
    {
        Assert.Equal((Study, "29:1a-b"), DeliveryEntry.Split(DeliveryEntry.KeyOf(Study, "29:1a-b")));
        Assert.Null(DeliveryEntry.Split("bench/r00001"));
    }

    [Fact]
    public void UnreachableRecipients_AreToldOncePerMeeting_NotOncePerReminder()
    {
        var notices = UnreachableNotices.For("m1");

        var (afterFirst, first) = notices.Tell([Li.UserId, Zhang.UserId]);
        var (afterSecond, second) = afterFirst.Tell([Zhang.UserId, Liu.UserId, Liu.UserId]);
        var (_, third) = afterSecond.Tell([Li.UserId]);

        Assert.Equal([Li.UserId, Zhang.UserId], first);
        Assert.Equal([Liu.UserId], second);
        Assert.Empty(third);
        Assert.Equal([Li.UserId, Zhang.UserId, Liu.UserId], afterSecond.Told);
    }

    [Fact]
    public void ReminderKeys_AreNamedForPeople_InBothLanguages()
    {
        var label = ReminderLabel.Of(Study, _desk.Template);
        var now = ReminderLabel.Of("meetings/m1/reminders/on-demand/all/20261126T060628123Z", _desk.Template);

        Assert.Equal("「学习情况」截止前 3 天", label.ZhCn);
        Assert.Equal("\"Study check-in\", 3 days before the deadline", label.En);
        Assert.Equal("立即提醒（2026-11-26 06:06:28 UTC）", now.ZhCn);
    }
}
