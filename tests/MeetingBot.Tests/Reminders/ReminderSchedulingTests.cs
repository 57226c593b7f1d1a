using MeetingBot.Delivery;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Reminders;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace MeetingBot.Tests.Reminders;

/// <summary>Reminders of a stored meeting: Quartz triggers kept in step with the plan, and pushes only to who still owes.</summary>
public sealed class ReminderSchedulingTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task TheStudyDeadlineAndTheMeetingNotice_HaveTheirTriggers_AndMoveWithTheMeeting()
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();

        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);

        // Written out from the template by hand: 学习 is due 20 days before the meeting at 18:00, reminded 3 and 1
        // days before, at 09:00 on the day, daily at 09:00 for five days after, escalated 2 days late at 18:00; the
        // meeting's notice goes the day before at the meeting's time and at 08:00 on the day. Beijing time, no quiet
        // hours in the way.
        var day = DateOnly.FromDateTime(meeting.LocalStart);
        var expected = new Dictionary<string, DateTime>
        {
            ["before-deadline/study-check-in/3"] = At(day, -23, 18),
            ["before-deadline/study-check-in/1"] = At(day, -21, 18),
            ["on-deadline-day/study-check-in/0"] = At(day, -20, 9),
            ["overdue/study-check-in/1"] = At(day, -19, 9),
            ["overdue/study-check-in/2"] = At(day, -18, 9),
            ["overdue/study-check-in/3"] = At(day, -17, 9),
            ["overdue/study-check-in/4"] = At(day, -16, 9),
            ["overdue/study-check-in/5"] = At(day, -15, 9),
            ["escalation/study-check-in/2"] = At(day, -18, 18),
            ["meeting-day/meeting/1"] = At(day, -1, 9),
            ["meeting-day/meeting/0"] = At(day, 0, 8),
        };
        var triggers = await TriggersAsync(meeting.Id);
        Assert.Equal(
            expected.Keys.Order(StringComparer.Ordinal),
            triggers.Keys.Where(Covered).Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(e.Value, triggers[e.Key]));

        var moved = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id),
            m => new RescheduleMeeting(m!.Version, m.LocalStart.AddDays(7), null, null).Decide(m, bed.Template, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(moved.Value.Id, CancellationToken.None);

        var after = await TriggersAsync(meeting.Id);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), after.Keys.Where(Covered).Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal(e.Value.AddDays(7), after[e.Key]));
    }

    [Fact]
    public async Task CancelledMeeting_LosesEveryTrigger()
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();
        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);

        var cancelled = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id),
            m => new CancelMeeting(m!.Version, "推迟").Decide(m, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(cancelled.Value.Id, CancellationToken.None);

        Assert.Empty(await schedule.PlannedAsync(meeting.Id, CancellationToken.None));
    }

    [Fact]
    public async Task FiredReminder_GoesOnlyToThoseWhoStillOwe_AndNeverTwice()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        await bed.RememberPersonalChatsAsync(channel.BaseUrl, bed.Li, bed.Zhang);

        await bed.SubmitStudyAsync(bed.Li);
        var reminder = ReminderPlan.For(meeting, bed.Template)
            .Single(r => r.Kind == ReminderKind.BeforeDeadline && r.DeliverableId == "study-check-in" && r.Occurrence == 3);
        var dispatch = factory.Services.GetRequiredService<ReminderDispatch>();

        var first = await dispatch.SendAsync(meeting.Id, reminder.Key, CancellationToken.None);
        var again = await dispatch.SendAsync(meeting.Id, reminder.Key, CancellationToken.None);

        Assert.DoesNotContain(first, r => r.UserId == bed.Li.UserId);
        Assert.Contains((bed.Zhang.UserId, (PushOutcome?)PushOutcome.Delivered), first);
        Assert.Contains((bed.Liu.UserId, (PushOutcome?)null), first);
        Assert.Contains((bed.Zhang.UserId, (PushOutcome?)PushOutcome.AlreadyDone), again);
        var sent = Assert.Single(channel.Requests);
        Assert.Contains($"personal-chat-{bed.Zhang.UserId}", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("学习", sent.Body, StringComparison.Ordinal);
    }

    private static bool Covered(string key) =>
        key.Contains("/study-check-in/", StringComparison.Ordinal) || key.StartsWith("meeting-day/", StringComparison.Ordinal);

    private static DateTime At(DateOnly meetingDay, int days, int hour) => meetingDay.AddDays(days).ToDateTime(new TimeOnly(hour, 0));

    /// <summary>The meeting's triggers: key (without the meeting's prefix) → fire time in Beijing time.</summary>
    private async Task<Dictionary<string, DateTime>> TriggersAsync(string meetingId)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        var prefix = $"meetings/{meetingId}/reminders/";
        var triggers = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(meetingId)))
        {
            var trigger = await scheduler.GetTrigger(key);
            triggers[key.Name[prefix.Length..]] = TimeZoneInfo.ConvertTime(trigger!.StartTimeUtc, beijing).DateTime;
        }

        return triggers;
    }
}
