using MeetingBot.BotFramework.Proactive;
using MeetingBot.Delivery;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Reminders;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// Quartz on its embedded SQLite job store across restarts of the service: triggers are kept by the job store itself
/// (a restart with no meetings to rebuild them from still has them), they move with a reschedule and vanish with a
/// cancellation, and a reminder missed while the service was down is sent once, to each recipient once, at start-up.
/// </summary>
public sealed class ReminderRestartTests
{
    private const string TemplateId = "democratic-life-meeting";

    [Fact]
    public async Task ReminderMissedWhileDown_IsSentOnceAtStartUp_ToEachRecipientOnce()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-misfire-").FullName;
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        NoticeMeeting bed;
        await using (var before = await HostAsync(folder, "state.db"))
        {
            bed = NoticeMeeting.Create(TemplateOf(before), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddSeconds(3), members: 4);
            await SaveAsync(before, bed.Meeting);
            await bed.SavePersonalChatsAsync(before.Services.GetRequiredService<ConversationReferenceStore>(), channel.BaseUrl);
            await before.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(bed.Meeting.Id, CancellationToken.None);
            Assert.Contains(bed.Notice.Key, await TriggerNamesAsync(before, bed.Meeting.Id));
        }

        // Down past the notice's time and the misfire threshold (1 s here).
        var downUntil = bed.Notice.FireAt.AddSeconds(2.5);
        await Task.Delay(downUntil - DateTimeOffset.UtcNow is { Ticks: > 0 } wait ? wait : TimeSpan.Zero);
        Assert.Empty(NoticeSends(channel, bed));

        await using var after = await HostAsync(folder, "state.db");
        await WaitUntilAsync(() => NoticeSends(channel, bed).Select(s => s.Conversation).Distinct().Count() == bed.Recipients.Count(), "every recipient got the missed notice");
        // A fired one-shot trigger is removed once its job completes.
        await WaitUntilAsync(async () => !(await TriggerNamesAsync(after, bed.Meeting.Id)).Contains(bed.Notice.Key), "the notice's trigger is done");

        var sends = NoticeSends(channel, bed);
        Assert.Equal(bed.Recipients.Select(NoticeMeeting.PersonalConversationOf).Order(), sends.Select(s => s.Conversation).Order());
        var ledger = after.Services.GetRequiredService<DeliveryLedger>();
        foreach (var userId in bed.Recipients)
        {
            Assert.Equal(DeliveryState.Sent, (await ledger.GetAsync($"{bed.Notice.Key}/{userId}", CancellationToken.None))?.State);
        }
    }

    [Fact]
    public async Task Triggers_SurviveARestart_MoveWithAReschedule_AndVanishWithACancellation()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-triggers-").FullName;
        NoticeMeeting bed;
        IReadOnlyDictionary<string, DateTimeOffset> planned;
        await using (var first = await HostAsync(folder, "state.db"))
        {
            bed = NoticeMeeting.Create(TemplateOf(first), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
            await SaveAsync(first, bed.Meeting);
            await first.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(bed.Meeting.Id, CancellationToken.None);
            planned = PlanOf(bed.Meeting, TemplateOf(first));
            Assert.NotEmpty(planned);
        }

        // A state database without the meeting: nothing to rebuild triggers from, so whatever is there was kept by
        // the job store.
        await using (var second = await HostAsync(folder, "empty-state.db"))
        {
            Assert.Equal(planned, await TriggerTimesAsync(second, bed.Meeting.Id));
        }

        IReadOnlyDictionary<string, DateTimeOffset> moved;
        await using (var third = await HostAsync(folder, "state.db"))
        {
            var template = TemplateOf(third);
            var rescheduled = await third.Services.GetRequiredService<MeetingRepository>().UpdateAsync<Meeting>(null, DocumentId.Meeting(bed.Meeting.Id),
                m => new RescheduleMeeting(m!.Version, m.LocalStart.AddDays(7), null, null).Decide(m, template, Secretary(bed), DateTimeOffset.UtcNow), CancellationToken.None);
            await third.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(rescheduled.Value.Id, CancellationToken.None);
            moved = PlanOf(rescheduled.Value, template);
            Assert.Equal(planned.Keys.Order(), moved.Keys.Order());
            Assert.All(moved, m => Assert.Equal(planned[m.Key].AddDays(7), m.Value));
        }

        await using (var fourth = await HostAsync(folder, "empty-state.db"))
        {
            Assert.Equal(moved, await TriggerTimesAsync(fourth, bed.Meeting.Id));
        }

        await using (var fifth = await HostAsync(folder, "state.db"))
        {
            var cancelled = await fifth.Services.GetRequiredService<MeetingRepository>().UpdateAsync<Meeting>(null, DocumentId.Meeting(bed.Meeting.Id),
                m => new CancelMeeting(m!.Version, "推迟").Decide(m, Secretary(bed), DateTimeOffset.UtcNow), CancellationToken.None);
            await fifth.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(cancelled.Value.Id, CancellationToken.None);
        }

        await using var sixth = await HostAsync(folder, "empty-state.db");
        Assert.Empty(await TriggerTimesAsync(sixth, bed.Meeting.Id));
    }

    /// <summary>
    /// The service on SQLite state and the SQLite job store in <paramref name="folder"/>; started, and done rebuilding
    /// triggers from the stored meetings, before it is returned (so that pass never overlaps the test's own changes).
    /// </summary>
    private static async Task<MeetingBotFactory> HostAsync(string folder, string stateFile)
    {
        var factory = MeetingBotFactory.WithStorage(new()
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(folder, stateFile),
            ["Reminders:JobStore"] = "Sqlite",
            ["Reminders:JobStorePath"] = Path.Combine(folder, "reminders.db"),
            ["Reminders:MisfireThreshold"] = "00:00:01",
        });
        var startup = factory.Services.GetServices<IHostedService>().OfType<ReminderStartup>().Single();
        await (startup.ExecuteTask ?? Task.CompletedTask);
        return factory;
    }

    private static ProcessTemplate TemplateOf(MeetingBotFactory factory) =>
        factory.Services.GetRequiredService<TemplateLibrary>().Find(TemplateId)!;

    private static Actor Secretary(NoticeMeeting bed) =>
        new(bed.Meeting.With(Role.Secretary).First().UserId, "秘书", bed.Meeting.TenantId);

    private static async Task SaveAsync(MeetingBotFactory factory, Meeting meeting)
    {
        var saved = await factory.Services.GetRequiredService<MeetingRepository>()
            .UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id), _ => meeting, CancellationToken.None);
        Assert.True(saved.IsSuccess, saved.ToString());
    }

    /// <summary>The plan's reminders still ahead, by key: what the schedule keeps a trigger for.</summary>
    private static Dictionary<string, DateTimeOffset> PlanOf(Meeting meeting, ProcessTemplate template) =>
        ReminderPlan.For(meeting, template).Where(r => r.FireAt > DateTimeOffset.UtcNow).ToDictionary(r => r.Key, r => r.FireAt);

    private static async Task<List<string>> TriggerNamesAsync(MeetingBotFactory factory, string meetingId) =>
        [.. (await factory.Services.GetRequiredService<ReminderSchedule>().PlannedAsync(meetingId, CancellationToken.None)).Select(k => k.Name)];

    private static async Task<Dictionary<string, DateTimeOffset>> TriggerTimesAsync(MeetingBotFactory factory, string meetingId)
    {
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var times = new Dictionary<string, DateTimeOffset>();
        foreach (var key in await factory.Services.GetRequiredService<ReminderSchedule>().PlannedAsync(meetingId, CancellationToken.None))
        {
            times[key.Name] = (await scheduler.GetTrigger(key, CancellationToken.None))!.StartTimeUtc;
        }

        return times;
    }

    /// <summary>The sends that carried the notice (only it names the meeting's place), with the conversation each went to.</summary>
    private static List<(string Conversation, string Body)> NoticeSends(LoopbackServer channel, NoticeMeeting bed) =>
        [.. channel.Requests.Where(r => r.Body.Contains(bed.Place, StringComparison.Ordinal))
            .Select(r => (Uri.UnescapeDataString(r.PathAndQuery.Split('/')[3]), r.Body))];

    private static async Task WaitUntilAsync(Func<bool> condition, string what) => await WaitUntilAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Waited 60 s for: {what}");
            await Task.Delay(100);
        }
    }
}
