using MeetingBot.BotFramework.Proactive;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Reminders;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Reminders;

/// <summary>Reminders of a stored meeting: Quartz triggers kept in step with the plan, and pushes only to who still owes.</summary>
public sealed class ReminderSchedulingTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task EveryPlannedReminder_HasATrigger_AndRescheduleKeepsTheSameOnes()
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();

        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        var planned = ReminderPlan.For(meeting, bed.Template).Where(r => r.FireAt > DateTimeOffset.UtcNow).Select(r => r.Key).Order().ToList();
        var triggers = (await schedule.PlannedAsync(meeting.Id, CancellationToken.None)).Select(k => k.Name).Order().ToList();
        Assert.Equal(planned, triggers);

        var moved = await bed.Repository.UpdateAsync<Meeting>(StorageKeys.Meeting(meeting.Id),
            m => new RescheduleMeeting(m!.Version, m.LocalStart.AddDays(7), null, null).Decide(m, bed.Template, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(moved.Value.Id, CancellationToken.None);

        Assert.Equal(triggers, (await schedule.PlannedAsync(meeting.Id, CancellationToken.None)).Select(k => k.Name).Order().ToList());
    }

    [Fact]
    public async Task CancelledMeeting_LosesEveryTrigger()
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();
        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);

        var cancelled = await bed.Repository.UpdateAsync<Meeting>(StorageKeys.Meeting(meeting.Id),
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
        var references = factory.Services.GetRequiredService<ConversationReferenceStore>();
        foreach (var person in new[] { bed.Li, bed.Zhang })
        {
            await references.SaveAsync(new ConversationReference
            {
                ChannelId = bed.ChannelId,
                ServiceUrl = channel.BaseUrl,
                User = new ChannelAccount(person.UserId, person.Name),
                Bot = new ChannelAccount("bot-1", "MeetingBot"),
                Conversation = new ConversationAccount($"a:{person.UserId}", conversationType: "personal"),
                Locale = "zh-CN",
            }, serviceUrlVerified: false, CancellationToken.None);
        }

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
        Assert.Contains($"a%3A{bed.Zhang.UserId}", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains("学习", sent.Body, StringComparison.Ordinal);
    }
}
