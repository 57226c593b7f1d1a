using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// Holds the robot's sends to the platform's limits, by waiting: calls per second for the whole app, and messages a
/// minute to each group. A send holds its place from the moment it leaves until a window after its answer came back:
/// the platform counts arrivals, and an arrival is never later than the answer, so however slow one call is, no
/// window the platform measures can hold more than the limit.
/// </summary>
public sealed class DingTalkPace(IOptions<DingTalkOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    /// <summary>How often a send waiting only on calls still in flight looks again.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    private readonly Window _api = new(options.Value.ApiCallsPerSecond, TimeSpan.FromSeconds(1));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Window> _groups = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits until a send (to the group <paramref name="openConversationId"/>, when not null) may leave; dispose the
    /// answer when the platform has answered.
    /// </summary>
    public async Task<IDisposable> WaitAsync(string? openConversationId, CancellationToken cancellationToken)
    {
        Slot? group = null;
        if (openConversationId is not null)
        {
            var window = _groups.GetOrAdd(openConversationId, _ => new Window(options.Value.GroupMessagesPerMinute, TimeSpan.FromMinutes(1)));
            group = await window.TakeAsync(time, cancellationToken);
        }

        try
        {
            var api = await _api.TakeAsync(time, cancellationToken);
            return new Answered(time, api, group);
        }
        catch
        {
            group?.Finish(time.GetUtcNow());
            throw;
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset? AnsweredAt { get; private set; }

        public void Finish(DateTimeOffset at) => AnsweredAt ??= at;
    }

    private sealed class Answered(TimeProvider time, Slot api, Slot? group) : IDisposable
    {
        public void Dispose()
        {
            var now = time.GetUtcNow();
            api.Finish(now);
            group?.Finish(now);
        }
    }

    private sealed class Window(int limit, TimeSpan length)
    {
        private readonly List<Slot> _slots = [];

        public async Task<Slot> TakeAsync(TimeProvider time, CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_slots)
                {
                    var now = time.GetUtcNow();
                    _slots.RemoveAll(s => s.AnsweredAt is { } at && now - at >= length + Margin);
                    if (_slots.Count < limit)
                    {
                        var slot = new Slot();
                        _slots.Add(slot);
                        return slot;
                    }

                    var finished = _slots.Where(s => s.AnsweredAt is not null).Select(s => s.AnsweredAt!.Value + length + Margin - now).ToList();
                    wait = finished.Count > 0 ? finished.Min() : InFlightPoll;
                }

                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }
}
