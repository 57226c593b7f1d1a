using System.Collections.Concurrent;

namespace MeetingBot.Delivery;

/// <summary>
/// Keeps each conversation within several sliding windows at once (Teams: 7 a second, 8 in two seconds, 60 in thirty
/// seconds, 1,800 an hour), strictly. Sends to one conversation go one at a time (in order, as Teams advises), and
/// each is logged when its answer came back: the channel counts arrivals, and an arrival is never later than the
/// answer, so windows measured from answers can never be overrun, however slow a connection is to open.
/// </summary>
public sealed class ConversationPace(TimeProvider time, IReadOnlyList<(int Limit, TimeSpan Window)> windows)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<string, SendLog> _logs = new(StringComparer.Ordinal);
    private readonly TimeSpan _longest = windows.Max(w => w.Window);

    /// <summary>Waits until this conversation may be sent to; dispose the turn when the channel has answered.</summary>
    public async Task<IDisposable> WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        var log = _logs.GetOrAdd(conversationId, _ => new SendLog());
        await log.Gate.WaitAsync(cancellationToken);
        try
        {
            for (var wait = WaitFor(log); wait > TimeSpan.Zero; wait = WaitFor(log))
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            return new Turn(this, log);
        }
        catch
        {
            log.Gate.Release();
            throw;
        }
    }

    /// <summary>This conversation's turn if it may be sent to right now (nobody sending, every window open); otherwise null.</summary>
    public IDisposable? TryTurn(string conversationId)
    {
        var log = _logs.GetOrAdd(conversationId, _ => new SendLog());
        if (!log.Gate.Wait(0))
        {
            return null;
        }

        if (WaitFor(log) > TimeSpan.Zero)
        {
            log.Gate.Release();
            return null;
        }

        return new Turn(this, log);
    }

    private TimeSpan WaitFor(SendLog log)
    {
        var now = time.GetUtcNow();
        var answered = log.Answered;
        var expired = 0;
        while (expired < answered.Count && now - answered[expired] > _longest + Margin)
        {
            expired++;
        }

        // Oldest first, dropped in one move: read in place, the log is not copied on every send (the hour's window
        // holds up to 1,800 answers, 29 KB a copy, on each notice to a busy chat).
        answered.RemoveRange(0, expired);
        var earliest = now;
        foreach (var (limit, window) in windows)
        {
            // The send that must leave the window before another may go: the limit-th most recent one.
            if (answered.Count >= limit && answered[^limit] + window + Margin is var blocking && blocking > earliest)
            {
                earliest = blocking;
            }
        }

        return earliest - now;
    }

    private void Done(SendLog log)
    {
        log.Answered.Add(time.GetUtcNow());
        log.Gate.Release();
    }

    private sealed class SendLog
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public List<DateTimeOffset> Answered { get; } = [];
    }

    private sealed class Turn(ConversationPace pace, SendLog log) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                pace.Done(log);
            }
        }
    }
}
