using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Reminders;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// Start-up reconciles the meetings of the active-meeting index, not every document under <c>meetings/</c>: the
/// index follows create and cancel, and the first start-up without one builds it once from the stored meetings.
/// Each host here has a job store of its own, so the triggers it holds are exactly what its start-up rebuilt.
/// </summary>
public sealed class ActiveMeetingsTests
{
    private const string TemplateId = "democratic-life-meeting";

    [Fact]
    public async Task MeetingJoinsTheIndexWhenScheduled_AndLeavesItWhenCancelled()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-active-").FullName;
        await using var host = await HostAsync(folder, "jobs-1.db");
        var bed = NoticeMeeting.Create(TemplateOf(host), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
        await SaveAndReconcileAsync(host, bed.Meeting);
        var active = host.Services.GetRequiredService<ActiveMeetings>();
        Assert.Contains(bed.Meeting.Id, await active.ListAsync(CancellationToken.None));

        var secretary = new Actor(bed.Meeting.With(Role.Secretary).First().UserId, "秘书", bed.Meeting.TenantId);
        var cancelled = await host.Services.GetRequiredService<MeetingRepository>().UpdateAsync<Meeting>(null, DocumentId.Meeting(bed.Meeting.Id),
            m => new CancelMeeting(m!.Version, "推迟").Decide(m, secretary, DateTimeOffset.UtcNow), CancellationToken.None);
        await host.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(cancelled.Value.Id, CancellationToken.None);

        Assert.DoesNotContain(bed.Meeting.Id, await active.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StartUp_RebuildsTriggersOfIndexedMeetingsOnly()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-active-").FullName;
        NoticeMeeting indexed, unknown;
        await using (var first = await HostAsync(folder, "jobs-1.db"))
        {
            Assert.True(await first.Services.GetRequiredService<ActiveMeetings>().IsBuiltAsync(CancellationToken.None));
            indexed = NoticeMeeting.Create(TemplateOf(first), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
            await SaveAndReconcileAsync(first, indexed.Meeting);
            // Stored behind the schedule's back: only a start-up that lists every meeting would find it.
            unknown = NoticeMeeting.Create(TemplateOf(first), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
            await SaveAsync(first, unknown.Meeting);
        }

        await using var second = await HostAsync(folder, "jobs-2.db");

        Assert.NotEmpty(await PlannedAsync(second, indexed.Meeting.Id));
        Assert.Empty(await PlannedAsync(second, unknown.Meeting.Id));
    }

    [Fact]
    public async Task FirstStartUpWithoutAnIndex_BuildsItFromEveryStoredMeeting()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-active-").FullName;
        NoticeMeeting bed;
        await using (var first = await HostAsync(folder, "jobs-1.db"))
        {
            bed = NoticeMeeting.Create(TemplateOf(first), "m-" + Guid.NewGuid().ToString("N")[..8], DateTimeOffset.UtcNow.AddDays(30), members: 3);
            await SaveAsync(first, bed.Meeting);
            // As stored by a version before the index.
            var storage = first.Services.GetRequiredService<IStorage>();
            await storage.DeleteAsync(ActiveMeetings.BuiltKey, WriteCondition.Any, CancellationToken.None);
        }

        await using var second = await HostAsync(folder, "jobs-2.db");

        var active = second.Services.GetRequiredService<ActiveMeetings>();
        Assert.True(await active.IsBuiltAsync(CancellationToken.None));
        Assert.Equal([bed.Meeting.Id], await active.ListAsync(CancellationToken.None));
        Assert.NotEmpty(await PlannedAsync(second, bed.Meeting.Id));
    }

    /// <summary>The service on SQLite state in <paramref name="folder"/> with its own SQLite job store, started, its start-up pass done.</summary>
    private static async Task<MeetingBotFactory> HostAsync(string folder, string jobStore)
    {
        var factory = MeetingBotFactory.WithStorage(new()
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "state.db"),
            ["Reminders:JobStore"] = "Sqlite",
            ["Reminders:JobStorePath"] = Path.Combine(folder, jobStore),
        });
        var startup = factory.Services.GetServices<IHostedService>().OfType<ReminderStartup>().Single();
        await (startup.ExecuteTask ?? Task.CompletedTask);
        return factory;
    }

    private static ProcessTemplate TemplateOf(MeetingBotFactory factory) =>
        factory.Services.GetRequiredService<TemplateLibrary>().Find(TemplateId)!;

    private static async Task SaveAsync(MeetingBotFactory factory, Meeting meeting)
    {
        var saved = await factory.Services.GetRequiredService<MeetingRepository>()
            .UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Id), _ => meeting, CancellationToken.None);
        Assert.True(saved.IsSuccess, saved.ToString());
    }

    private static async Task SaveAndReconcileAsync(MeetingBotFactory factory, Meeting meeting)
    {
        await SaveAsync(factory, meeting);
        await factory.Services.GetRequiredService<ReminderSchedule>().ReconcileAsync(meeting.Id, CancellationToken.None);
    }

    private static async Task<IReadOnlyCollection<Quartz.TriggerKey>> PlannedAsync(MeetingBotFactory factory, string meetingId) =>
        await factory.Services.GetRequiredService<ReminderSchedule>().PlannedAsync(meetingId, CancellationToken.None);
}
