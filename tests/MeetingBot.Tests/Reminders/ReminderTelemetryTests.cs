using System.Diagnostics.Metrics;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Reminders;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace MeetingBot.Tests.Reminders;

/// <summary>Reminders planned, sent and failed, as the service's metrics count them.</summary>
public sealed class ReminderTelemetryTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private IMeterFactory Meters => factory.Services.GetRequiredService<IMeterFactory>();

    [Fact]
    public async Task Reconcile_CountsNewTriggers_ThenMovedOnes_AndNothingWhenUnchanged()
    {
        using var planned = new MetricCollector<long>(Meters, ReminderTelemetry.MeterName, ReminderTelemetry.PlannedName);
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        var schedule = factory.Services.GetRequiredService<ReminderSchedule>();

        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        var triggers = (await schedule.PlannedAsync(meeting.Id, CancellationToken.None)).Count;
        Assert.True(triggers > 0);
        Assert.Equal(triggers, Count(planned, "new"));

        await schedule.ReconcileAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(triggers, Count(planned, "new"));

        var moved = await bed.Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id),
            m => new RescheduleMeeting(m!.Version, m.LocalStart.AddDays(7), null, null).Decide(m, bed.Template, bed.Secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await schedule.ReconcileAsync(moved.Value.Id, CancellationToken.None);
        Assert.Equal(triggers, Count(planned, "moved"));
    }

    [Fact]
    public async Task FiredReminder_CountsWhoGotIt_AndWhoCouldNotBeReached()
    {
        using var sent = new MetricCollector<long>(Meters, ReminderTelemetry.MeterName, ReminderTelemetry.SentName);
        using var failed = new MetricCollector<long>(Meters, ReminderTelemetry.MeterName, ReminderTelemetry.FailedName);
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        var bed = new MeetingTestBed(factory);
        var meeting = await bed.CreateAsync();
        // Zhang has a 1:1 chat with the bot; Liu has none; Li delivered already, so nobody reminds her.
        await bed.RememberPersonalChatAsync(bed.Zhang, channel.BaseUrl);
        await bed.SubmitStudyAsync(bed.Li);
        var reminder = ReminderPlan.For(meeting, bed.Template)
            .Single(r => r.Kind == ReminderKind.BeforeDeadline && r.DeliverableId == "study-check-in" && r.Occurrence == 3);
        var dispatch = factory.Services.GetRequiredService<ReminderDispatch>();

        await dispatch.SendAsync(meeting.Id, reminder.Key, CancellationToken.None);
        await dispatch.SendAsync(meeting.Id, reminder.Key, CancellationToken.None);

        // Sent once (the second firing finds it done in the ledger); Liu fails each time, for want of a chat.
        Assert.Equal(1, sent.GetMeasurementSnapshot().Sum(m => m.Value));
        var failures = failed.GetMeasurementSnapshot();
        Assert.NotEmpty(failures);
        Assert.All(failures, f => Assert.Equal(ReminderTelemetry.NoPersonalChat, f.Tags[ReminderTelemetry.ReasonTag]));
    }

    private static long Count(MetricCollector<long> planned, string change) =>
        planned.GetMeasurementSnapshot().Where(m => Equals(m.Tags[ReminderTelemetry.ChangeTag], change)).Sum(m => m.Value);
}
