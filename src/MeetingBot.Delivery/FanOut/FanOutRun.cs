
namespace MeetingBot.Delivery.FanOut;

/// <summary>
/// One fan-out of one reminder occurrence in progress or done, kept in storage (not memory) so every instance sees
/// its progress and can ask it to stop: who is to get it, who has been handled, how each went, and when it last
/// moved (a run that stops moving is reported as stalled, never left silent).
/// </summary>
public sealed record FanOutRun(
    int Version,
    string RunId,
    string MeetingId,
    string ReminderKey,
    DateTimeOffset StartedAt,
    DateTimeOffset LastProgressAt,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Handled,
    int Sent,
    int Failed,
    int Unreachable,
    int NoChat,
    int Cancelled,
    FanOutRunStatus Status,
    bool CancelRequested,
    DateTimeOffset? StallReportedAt)
{
    public const int CurrentVersion = 1;

    public int Total => Recipients.Count;

    public int Done => Handled.Count;

    public static FanOutRun Start(string runId, string meetingId, string reminderKey, IReadOnlyList<string> recipients, DateTimeOffset now) =>
        new(CurrentVersion, runId, meetingId, reminderKey, now, now, recipients, [], 0, 0, 0, 0, 0, FanOutRunStatus.Running, false, null);

    /// <summary>
    /// A new pass over the same occurrence (its holder died, or a follow-up came back for busy pushes): the run counts
    /// afresh who is handled in this pass (the ledger answers already-sent pushes at once), keeping its id and start.
    /// </summary>
    public FanOutRun Resume(IReadOnlyList<string> recipients, DateTimeOffset now) =>
        this with
        {
            Recipients = recipients, Handled = [], Sent = 0, Failed = 0, Unreachable = 0, NoChat = 0, Cancelled = 0,
            Status = FanOutRunStatus.Running, CancelRequested = false, LastProgressAt = now, StallReportedAt = null,
        };

    /// <summary>No progress for <paramref name="after"/> while running: its sender is stuck or died.</summary>
    public bool IsStalled(DateTimeOffset now, TimeSpan after) => Status == FanOutRunStatus.Running && now - LastProgressAt >= after;

    /// <summary>One recipient handled (no outcome: he has no 1:1 chat with the bot). Handling someone twice counts once.</summary>
    public FanOutRun Record(string userId, PushOutcome? outcome, DateTimeOffset now)
    {
        if (Handled.Contains(userId, StringComparer.Ordinal))
        {
            return this with { LastProgressAt = now };
        }

        var next = this with { Handled = [.. Handled, userId], LastProgressAt = now };
        return outcome switch
        {
            null => next with { NoChat = NoChat + 1 },
            PushOutcome.Delivered or PushOutcome.AlreadyDone => next with { Sent = Sent + 1 },
            PushOutcome.Unreachable => next with { Unreachable = Unreachable + 1 },
            PushOutcome.Cancelled => next with { Cancelled = Cancelled + 1 },
            // Busy: another sender holds it now; it is not ours to count as sent.
            _ => next with { Failed = Failed + 1 },
        };
    }

    /// <summary>The run ends; a cancelled one counts everyone not handled as cancelled.</summary>
    public FanOutRun Finish(bool cancelled, DateTimeOffset now) => cancelled
        ? this with { Status = FanOutRunStatus.Cancelled, Cancelled = Cancelled + Unhandled.Count, LastProgressAt = now }
        : this with { Status = FanOutRunStatus.Completed, LastProgressAt = now };

    public IReadOnlyList<string> Unhandled => [.. Recipients.Except(Handled, StringComparer.Ordinal)];
}
