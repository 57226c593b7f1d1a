using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reminders;

/// <summary>立即提醒: everyone who owes anything at that moment, each told what and by when.</summary>
public sealed class OnDemandReminderTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private ResolvedReminder Now() => OnDemandReminder.Resolve(OnDemandReminder.At(_desk.Meeting.Id, _desk.Now), _desk.Dossier, _desk.Template);

    [Fact]
    public void GoesToEveryoneWhoOwesSomething_AndNobodyElse()
    {
        var resolved = Now();

        var owing = _desk.Template.DeliverablesInPhaseOrder()
            .SelectMany(d => ReminderRecipients.Owing(_desk.Dossier, _desk.Template, d.Id).Keys)
            .ToHashSet();
        Assert.Equal(owing.Order(), resolved.Messages.Select(m => m.UserId).Order());
        Assert.NotEmpty(owing);
        Assert.All(resolved.Messages, m => Assert.Contains("\n- 「", m.Text.ZhCn, StringComparison.Ordinal));
    }

    [Fact]
    public void WhatWasHandedIn_IsNoLongerListed()
    {
        var before = Now().Messages.Single(m => m.UserId == Li.UserId).Text.ZhCn;
        Assert.True(_desk.Submit(Li, "study-check-in", Contents.Study()).IsSuccess);

        var after = Now().Messages.Single(m => m.UserId == Li.UserId).Text;

        Assert.Contains("「学习情况」1 项", before, StringComparison.Ordinal);
        Assert.DoesNotContain("学习情况", after.ZhCn, StringComparison.Ordinal);
        Assert.DoesNotContain("Study check-in", after.En, StringComparison.Ordinal);
        Assert.StartsWith("Reminder: for the meeting", after.En, StringComparison.Ordinal);
    }

    [Fact]
    public void EachRequest_IsItsOwnOccurrence_AndACancelledMeetingRemindsNobody()
    {
        var first = OnDemandReminder.At("m1", new DateTimeOffset(2026, 11, 26, 6, 6, 28, TimeSpan.Zero));
        var second = OnDemandReminder.At("m1", new DateTimeOffset(2026, 11, 26, 6, 6, 28, 1, TimeSpan.Zero));
        Assert.Equal("meetings/m1/reminders/on-demand/all/20261126T060628000Z", first.Key);
        Assert.NotEqual(first.Key, second.Key);
        Assert.True(OnDemandReminder.IsOnDemand(first.Key));
        Assert.False(OnDemandReminder.IsOnDemand("meetings/m1/reminders/overdue/study-check-in/1"));

        Assert.True(_desk.Change(m => new CancelMeeting(m.Version, "推迟").Decide(m, Secretary, _desk.Now)).IsSuccess);
        Assert.True(Now().IsEmpty);
    }

    [Fact]
    public void OneRequest_HandledAgain_IsTheSameOccurrence_AndTwoRequestsInOneMillisecondAreTwo()
    {
        var at = new DateTimeOffset(2026, 11, 26, 6, 6, 28, TimeSpan.Zero);

        var handled = OnDemandReminder.At("m1", at, "a1b2c3d4e5f6");
        var handledAgain = OnDemandReminder.At("m1", at, "a1b2c3d4e5f6");
        var another = OnDemandReminder.At("m1", at, "0f9e8d7c6b5a");

        Assert.Equal("meetings/m1/reminders/on-demand/all/20261126T060628000Z-a1b2c3d4e5f6", handled.Key);
        Assert.Equal(handled.Key, handledAgain.Key);
        Assert.NotEqual(handled.Key, another.Key);
        Assert.True(OnDemandReminder.IsOnDemand(handled.Key));
        // The label still reads the instant.
        Assert.Contains("2026-11-26 06:06:28 UTC", MeetingBot.Coordination.Reminders.Deliveries.ReminderLabel.Of(handled.Key, _desk.Template).ZhCn, StringComparison.Ordinal);
    }
}
