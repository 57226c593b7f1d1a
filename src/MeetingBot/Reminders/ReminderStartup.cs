using System.Diagnostics;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Reminders;

/// <summary>
/// At start-up, brings every active meeting's triggers in step with its plan: triggers lost with an in-memory job
/// store are rebuilt, and reminders missed while the service was down fire once now if still relevant. The meetings
/// come from the <see cref="ActiveMeetings"/> index; the first start-up without one builds it, once, from every
/// stored meeting (the only time everything under <c>meetings/</c> is listed).
/// </summary>
/// <remarks>
/// The pass waits until the host has started and answers requests: it is minutes of job-store work with many
/// meetings, and people's first turns must not queue behind it for the cores and the database.
/// </remarks>
public sealed partial class ReminderStartup(
    IStorage storage, ActiveMeetings active, ReminderSchedule schedule, IHostApplicationLifetime lifetime, ILogger<ReminderStartup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await HostStartedAsync(stoppingToken);
        var started = Stopwatch.GetTimestamp();
        if (await active.IsBuiltAsync(stoppingToken))
        {
            var indexed = await active.ListAsync(stoppingToken);
            foreach (var meetingId in indexed)
            {
                await schedule.ReconcileAsync(meetingId, stoppingToken);
            }

            LogReconciled(indexed.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return;
        }

        // meetings/{id}/meeting: the header, not one of the meeting's deliverable documents.
        var meetingIds = (await storage.ListAsync("meetings/", stoppingToken))
            .Select(d => d.Key.Split('/'))
            .Where(parts => parts is [_, _, "meeting"])
            .Select(parts => parts[1])
            .ToList();
        foreach (var meetingId in meetingIds)
        {
            await schedule.ReconcileAsync(meetingId, stoppingToken);
        }

        var activeCount = (await active.ListAsync(stoppingToken)).Count;
        await active.MarkBuiltAsync(meetingIds.Count, activeCount, stoppingToken);
        LogBuilt(meetingIds.Count, activeCount, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task HostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: {Count} active meeting(s) reconciled from the index in {Milliseconds:F0} ms")]
    private partial void LogReconciled(int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: index of active meetings built from {Meetings} stored meeting(s), {Active} active, in {Milliseconds:F0} ms")]
    private partial void LogBuilt(int meetings, int active, double milliseconds);
}
