using MeetingBot.Coordination.Reminders.Deliveries;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// Stops a meeting's running fan-outs from any instance: a run in this process stops before its next push at once;
/// on another instance the flag on the stored run is seen at its next progress write or poll. A stalled run has nobody left to see the flag, so it is closed here:
/// its unsent recipients are recorded as cancelled, for 重发失败 to pick up.
/// </summary>
public sealed class FanOutCancellation(FanOutRuns runs, RunningFanOuts running, DeliveryLedger ledger, IOptions<FanOutProgressOptions> options, TimeProvider time)
{
    /// <summary>Returns the runs asked to stop.</summary>
    public async Task<IReadOnlyList<FanOutRun>> CancelAsync(string meetingId, CancellationToken cancellationToken)
    {
        var stopped = new List<FanOutRun>();
        foreach (var run in (await runs.ListAsync(meetingId, cancellationToken)).Where(r => r.Status == FanOutRunStatus.Running))
        {
            var (flagged, written) = await runs.UpdateAsync(meetingId, run.RunId,
                r => r.Status == FanOutRunStatus.Running && !r.CancelRequested ? r with { CancelRequested = true } : null, cancellationToken);
            if (!written || flagged is null)
            {
                continue;
            }

            stopped.Add(flagged);
            await running.CancelAsync(meetingId, run.RunId);
            if (flagged.IsStalled(time.GetUtcNow(), options.Value.StallAfter))
            {
                foreach (var userId in flagged.Unhandled)
                {
                    await ledger.MarkCancelledAsync(DeliveryEntry.KeyOf(flagged.ReminderKey, userId), null, cancellationToken);
                }

                await runs.UpdateAsync(meetingId, run.RunId, r => r.Status == FanOutRunStatus.Running ? r.Finish(cancelled: true, time.GetUtcNow()) : null, cancellationToken);
            }
        }

        return stopped;
    }
}
