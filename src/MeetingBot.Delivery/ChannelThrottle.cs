using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace MeetingBot.Delivery;

/// <summary>
/// Remembers that a channel host answered 429 and holds every further send to it until the pause is over: one
/// throttled message slows the whole sender down (with jittered, growing backoff) instead of each send hammering on.
/// </summary>
public sealed class ChannelThrottle(TimeProvider time, IOptions<FanOutOptions> options)
{
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether any host has ever answered 429 (until then a success has nothing to reset).</summary>
    public bool AnyThrottled => !_hosts.IsEmpty;

    public void ObserveThrottled(string host, TimeSpan? retryAfter)
    {
        var state = _hosts.GetOrAdd(host, _ => new HostState());
        lock (state)
        {
            state.Consecutive++;
            var backoff = retryAfter ?? Backoff(state.Consecutive);
            var until = time.GetUtcNow() + backoff;
            if (until > state.PausedUntil)
            {
                state.PausedUntil = until;
            }
        }
    }

    public void ObserveAccepted(string host)
    {
        if (_hosts.TryGetValue(host, out var state))
        {
            lock (state)
            {
                state.Consecutive = 0;
            }
        }
    }

    /// <summary>How long a send to <paramref name="host"/> must still wait.</summary>
    public TimeSpan PauseFor(string host)
    {
        if (!_hosts.TryGetValue(host, out var state))
        {
            return TimeSpan.Zero;
        }

        lock (state)
        {
            var left = state.PausedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public async Task WaitAsync(string host, CancellationToken cancellationToken)
    {
        for (var pause = PauseFor(host); pause > TimeSpan.Zero; pause = PauseFor(host))
        {
            await Task.Delay(pause, time, cancellationToken);
        }
    }

    private TimeSpan Backoff(int consecutive)
    {
        var settings = options.Value;
        var exponential = settings.ThrottleBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(consecutive - 1, 16));
        var capped = Math.Min(exponential, settings.ThrottleBackoffMax.TotalMilliseconds);
        // Full jitter between half and the whole step, so many senders do not come back in lockstep.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }

    private sealed class HostState
    {
        public int Consecutive { get; set; }
        public DateTimeOffset PausedUntil { get; set; }
    }
}
