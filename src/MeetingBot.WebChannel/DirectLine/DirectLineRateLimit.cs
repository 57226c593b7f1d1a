using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// A token bucket per person and conversation: a page polling once a second and posting now and then stays well
/// inside it; a runaway client gets 429 with Retry-After instead of load on the bot.
/// </summary>
public sealed class DirectLineRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DirectLineRateLimit(IOptions<DirectLineOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = o.Burst,
            TokensPerPeriod = o.RequestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Null when the request may go ahead, else how long to wait.</summary>
    public TimeSpan? TryAcquire(string key)
    {
        using var lease = _limiter.AttemptAcquire(key);
        return lease.IsAcquired
            ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    public void Dispose() => _limiter.Dispose();
}
