using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// Teams re-delivers an activity when the bot is slow to answer (same id); Direct Line does not de-duplicate
/// client retries. An activity seen on the same channel and conversation with the same id in the last
/// <see cref="Window"/> is processed once.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { Clock = new TimeProviderClock(time), SizeLimit = 100_000 });
    private readonly Lock _gate = new();

    /// <returns>True the first time the activity is seen; false for a redelivery.</returns>
    public bool TryClaim(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var key = $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{activity.Id}";
        lock (_gate)
        {
            if (_seen.TryGetValue(key, out _))
            {
                return false;
            }

            _seen.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Window, Size = 1 });
            return true;
        }
    }

    public void Dispose() => _seen.Dispose();

#pragma warning disable CS0618 // ISystemClock is the cache's only clock hook.
    private sealed class TimeProviderClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
#pragma warning restore CS0618
}
