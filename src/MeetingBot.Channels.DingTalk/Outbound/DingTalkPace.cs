using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// Holds the robot's sends to the platform's limits, by waiting: calls per second for the whole app, and messages a
/// minute to each group. A send is counted when it leaves (a little more than the window is kept between the oldest
/// and the next, so the platform, counting arrivals, never sees the limit passed).
/// </summary>
public sealed class DingTalkPace(IOptions<DingTalkOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly Window _api = new(options.Value.ApiCallsPerSecond, TimeSpan.FromSeconds(1));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Window> _groups = new(StringComparer.Ordinal);

    /// <summary>Waits until a send (to the group <paramref name="openConversationId"/>, when not null) may leave.</summary>
    public async Task WaitAsync(string? openConversationId, CancellationToken cancellationToken)
    {
        if (openConversationId is not null)
        {
            var group = _groups.GetOrAdd(openConversationId, _ => new Window(options.Value.GroupMessagesPerMinute, TimeSpan.FromMinutes(1)));
            await group.TakeAsync(time, cancellationToken);
        }

        await _api.TakeAsync(time, cancellationToken);
    }

    private sealed class Window(int limit, TimeSpan length)
    {
        private readonly Queue<DateTimeOffset> _sent = new();

        public async Task TakeAsync(TimeProvider time, CancellationToken cancellationToken)
        {
            while (true)
            {
                TimeSpan wait;
                lock (_sent)
                {
                    var now = time.GetUtcNow();
                    while (_sent.Count > 0 && now - _sent.Peek() >= length + Margin)
                    {
                        _sent.Dequeue();
                    }

                    if (_sent.Count < limit)
                    {
                        _sent.Enqueue(now);
                        return;
                    }

                    wait = _sent.Peek() + length + Margin - now;
                }

                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }
}
