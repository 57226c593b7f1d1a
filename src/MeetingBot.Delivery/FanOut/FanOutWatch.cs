using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// Looks at the running fan-outs of every meeting now and then; one with no progress for
/// <see cref="FanOutProgressOptions.StallAfter"/> (its sender stuck, or its instance died) is reported to the
/// meeting's secretaries once. The report is marked on the run first, conditionally, so only one instance tells.
/// </summary>
public sealed partial class FanOutWatch(
    FanOutRuns runs,
    IFanOutMeetings meetings,
    IFanOutAlerts alerts,
    IOptions<FanOutProgressOptions> options,
    TimeProvider time,
    ILogger<FanOutWatch> logger) : BackgroundService
{
    /// <summary>Reports every stalled run not reported yet; returns how many were reported.</summary>
    public async Task<int> CheckAsync(CancellationToken cancellationToken)
    {
        var reported = 0;
        var stallAfter = options.Value.StallAfter;
        foreach (var run in await runs.ListAsync(null, cancellationToken))
        {
            if (!run.IsStalled(time.GetUtcNow(), stallAfter) || run.StallReportedAt is not null)
            {
                continue;
            }

            var (marked, written) = await runs.UpdateAsync(run.MeetingId, run.RunId,
                r => r.IsStalled(time.GetUtcNow(), stallAfter) && r.StallReportedAt is null ? r with { StallReportedAt = time.GetUtcNow() } : null,
                cancellationToken);
            if (written && marked is not null && await meetings.GetMeetingAsync(marked.MeetingId, cancellationToken) is { } meeting)
            {
                LogStalled(marked.RunId, marked.ReminderKey, marked.Done, marked.Total);
                await alerts.StalledAsync(meeting, marked, cancellationToken);
                reported++;
            }
        }

        return reported;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fan-out {RunId} of {ReminderKey} stalled at {Done}/{Total}; the secretaries are told")]
    private partial void LogStalled(string runId, string reminderKey, int done, int total);
}
