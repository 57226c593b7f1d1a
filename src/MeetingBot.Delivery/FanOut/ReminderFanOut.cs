using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Reminders.Deliveries;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// Pushes one reminder occurrence to its recipients, one 1:1 message each through the delivery ledger, while
/// keeping a <see cref="FanOutRun"/> in storage: progress every <see cref="FanOutProgressOptions.RecordEvery"/> and at
/// the end; a cancellation asked for on this instance stops it before the next send, on another within a poll (the
/// unsent are recorded as cancelled, so 重发失败 picks them up); and the secretaries hear once about anyone who cannot be reached. Per
/// recipient that is two storage operations (the ledger's claim, its settling); the recipients' 1:1 conversation
/// references are read in one call for the whole run, and the run's progress is shared by all the recipients of a period.
/// </summary>
public sealed partial class ReminderFanOut(
    FanOutRuns runs,
    RunningFanOuts running,
    ConversationReferenceStore references,
    ProactiveSender sender,
    DeliveryLedger ledger,
    UnreachableReport unreachable,
    IFanOutMeetings meetings,
    IOptions<FanOutProgressOptions> options,
    TimeProvider time,
    ILogger<ReminderFanOut> logger)
{
    public Task<(FanOutRun Run, IReadOnlyList<(string UserId, PushOutcome? Outcome)> Outcomes)> RunAsync(
        Meeting meeting, string reminderKey, IReadOnlyList<ReminderMessage> messages, CancellationToken cancellationToken) =>
        RunAsync(meeting, reminderKey, messages, continuing: false, cancellationToken);

    /// <param name="continuing">
    /// The same occurrence again (an after-lease follow-up, a redelivered 立即提醒): the reminder's last run that was not
    /// cancelled is taken up again under its own id, so 提醒进度 shows the reminder once, not once per pass.
    /// </param>
    public async Task<(FanOutRun Run, IReadOnlyList<(string UserId, PushOutcome? Outcome)> Outcomes)> RunAsync(
        Meeting meeting, string reminderKey, IReadOnlyList<ReminderMessage> messages, bool continuing, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        IReadOnlyList<string> recipients = [.. messages.Select(m => m.UserId).Distinct(StringComparer.Ordinal)];
        var earlier = continuing
            ? (await runs.ListAsync(meeting.Id, cancellationToken)).LastOrDefault(r => r.ReminderKey == reminderKey && r.Status != FanOutRunStatus.Cancelled)
            : null;
        // A run removed between the listing and the update is not taken up: this pass gets a run of its own, stored,
        // so its progress is recorded rather than written to nowhere.
        var resumed = earlier is null
            ? null
            : (await runs.UpdateAsync(meeting.Id, earlier.RunId, r => r.Resume(recipients, started), cancellationToken)).Run;
        var run = resumed ?? FanOutRun.Start($"{started.UtcDateTime:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}"[..27], meeting.Id, reminderKey, recipients, started);
        if (resumed is null)
        {
            await runs.CreateAsync(run, cancellationToken);
        }

        var runId = run.RunId;
        LogStarted(runId, reminderKey, run.Total);

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var stopWatching = new CancellationTokenSource();
        using var registered = running.Register(meeting.Id, runId, cancel);
        var watching = WatchForCancelAsync(meeting.Id, runId, cancel, stopWatching.Token);
        // Every recipient's 1:1 conversation in one read for the run, so a recipient costs the ledger's two operations only.
        var personal = await references.GetPersonalManyAsync(meetings.ChannelOf(meeting), run.Recipients, cancellationToken);
        var outcomes = new List<(string, PushOutcome?)>();
        var recorded = 0;
        var lastRecorded = started;
        try
        {
            foreach (var message in messages)
            {
                var outcome = cancel.IsCancellationRequested ? PushOutcome.Cancelled : await SendAsync(personal.GetValueOrDefault(message.UserId), reminderKey, message, cancel.Token);
                if (outcome == PushOutcome.Cancelled)
                {
                    break;
                }

                outcomes.Add((message.UserId, outcome));
                if (time.GetUtcNow() - lastRecorded < options.Value.RecordEvery)
                {
                    continue;
                }

                var pending = outcomes[recorded..];
                var (stored, _) = await runs.UpdateAsync(meeting.Id, runId, r => Record(r, pending), cancellationToken);
                (recorded, lastRecorded) = (outcomes.Count, time.GetUtcNow());
                if (stored?.CancelRequested == true)
                {
                    await cancel.CancelAsync();
                }
            }
        }
        finally
        {
            await stopWatching.CancelAsync();
            await watching;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var cancelled = cancel.IsCancellationRequested;
        if (cancelled)
        {
            var handled = outcomes.Select(o => o.Item1).ToHashSet(StringComparer.Ordinal);
            foreach (var userId in run.Recipients.Where(u => !handled.Contains(u)))
            {
                await ledger.MarkCancelledAsync(DeliveryEntry.KeyOf(reminderKey, userId), null, CancellationToken.None);
            }
        }

        // What is not yet recorded goes with the end of the run, in the same write.
        var unrecorded = outcomes[recorded..];
        var (finished, _) = await runs.UpdateAsync(meeting.Id, runId, r => Record(r, unrecorded).Finish(cancelled, time.GetUtcNow()), CancellationToken.None);
        LogFinished(runId, cancelled ? FanOutRunStatus.Cancelled : FanOutRunStatus.Completed, finished?.Done ?? 0, run.Total);
        await unreachable.ReportAsync(meeting, [.. outcomes.Where(o => o.Item2 == PushOutcome.Unreachable).Select(o => o.Item1)], cancellationToken);
        return (finished ?? run, outcomes);
    }

    private FanOutRun Record(FanOutRun run, List<(string UserId, PushOutcome? Outcome)> handled)
    {
        var now = time.GetUtcNow();
        foreach (var (userId, outcome) in handled)
        {
            run = run.Record(userId, outcome, now);
        }

        return run;
    }

    /// <summary>One recipient: null when he has no 1:1 chat with the bot; cancelled when the fan-out stopped before his push left.</summary>
    private async Task<PushOutcome?> SendAsync(StoredConversationReference? personal, string reminderKey, ReminderMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (personal is null)
            {
                LogNoPersonalChat(reminderKey, message.UserId);
                return null;
            }

            var push = new PushMessage(DeliveryEntry.KeyOf(reminderKey, message.UserId), personal.Reference, Activity.CreateMessage(message.Text.In(personal.Reference.Locale)));
            var outcome = await sender.SendAsync(push, cancellationToken);
            LogPushed(reminderKey, message.UserId, outcome);
            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return PushOutcome.Cancelled;
        }
    }

    /// <summary>Looks at the stored run now and then, so a cancellation asked for on another instance stops this one promptly.</summary>
    private async Task WatchForCancelAsync(string meetingId, string runId, CancellationTokenSource cancel, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested && !cancel.IsCancellationRequested)
            {
                await Task.Delay(options.Value.CancelPollEvery, time, stop);
                if ((await runs.GetAsync(meetingId, runId, stop))?.CancelRequested == true)
                {
                    await cancel.CancelAsync();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fan-out {RunId} of {ReminderKey} started for {Total} recipients")]
    private partial void LogStarted(string runId, string reminderKey, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fan-out {RunId} {Status}: {Done}/{Total} handled")]
    private partial void LogFinished(string runId, FanOutRunStatus status, int done, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderKey}: {UserId} has no 1:1 chat with the bot")]
    private partial void LogNoPersonalChat(string reminderKey, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder {ReminderKey} to {UserId}: {Outcome}")]
    private partial void LogPushed(string reminderKey, string userId, PushOutcome outcome);
}
