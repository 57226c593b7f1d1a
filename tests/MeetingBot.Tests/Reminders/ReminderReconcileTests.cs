using System.Collections.Concurrent;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Reminders;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// A meeting whose plan has not changed is reconciled against one listing of its trigger keys, reading no trigger
/// (so a start-up with many meetings does not read thousands of triggers); a changed plan still adds, moves and
/// removes the triggers it must.
/// </summary>
public sealed class ReminderReconcileTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    // GetTriggerKeys is Quartz's one QueryTriggers call: the whole of a reconcile that changes nothing.
    private static readonly string[] OneListing = ["QueryTriggers"];

    [Fact]
    public async Task UnchangedPlan_IsReconciledFromTheKeyListing_AndAMovedOneStillMovesItsTriggers()
    {
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var calls = new ConcurrentQueue<string>();
        var schedule = ActivatorUtilities.CreateInstance<ReminderSchedule>(factory.Services, CountedScheduler.Factory(scheduler, calls));

        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        await AssertTriggersMatchPlanAsync(scheduler, meeting, bed);

        calls.Clear();
        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(OneListing, StoreCalls(calls));

        // A week later: every reminder moves, and the next reconcile of the new plan reads nothing again.
        var moved = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id),
            m => new RescheduleMeeting(m!.Version, m.LocalStart.AddDays(7), null, null).Decide(m, bed.Template, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        await AssertTriggersMatchPlanAsync(scheduler, moved.Value, bed);

        calls.Clear();
        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(OneListing, StoreCalls(calls));

        // Cancelled: every trigger goes.
        var cancelled = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id),
            m => new CancelMeeting(m!.Version, "推迟").Decide(m, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(cancelled.Value.Id, CancellationToken.None);
        Assert.Empty(await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(meeting.Id)));
    }

    // The scheduler's clock is read to build each trigger compared; it is no call to the job store.
    private static List<string> StoreCalls(IEnumerable<string> calls) => [.. calls.Where(c => c != "get_TimeProvider")];

    private static async Task AssertTriggersMatchPlanAsync(IScheduler scheduler, Meeting meeting, MeetingTestBed bed)
    {
        var plan = ReminderPlan.For(meeting, bed.Template).Where(r => r.FireAt > DateTimeOffset.UtcNow).ToList();
        Assert.NotEmpty(plan);
        foreach (var reminder in plan)
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(reminder.Key, meeting.Id));
            Assert.Equal(reminder.FireAt, trigger!.StartTimeUtc);
        }
    }
}
