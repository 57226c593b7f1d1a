using System.Threading.RateLimiting;

namespace MeetingBot.Opinions;

/// <summary>
/// How often a form may be sent: a few times a minute from one address, and a bounded number per link per hour, so
/// a script cannot flood a collection (which is bounded itself, <see cref="Coordination.Opinions.OpinionCollection.MaxOpinions"/>).
/// </summary>
public sealed class OpinionFormLimit : IDisposable
{
    public const int PerAddressPerMinute = 5;

    public const int PerLinkPerHour = 200;

    private readonly PartitionedRateLimiter<string> _perAddress = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = PerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    private readonly PartitionedRateLimiter<string> _perLink = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = PerLinkPerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    /// <summary>Whether one more post from this address to this link may go ahead now.</summary>
    public bool TryAcquire(string linkKey, string address)
    {
        using var address_ = _perAddress.AttemptAcquire(linkKey + "|" + address);
        if (!address_.IsAcquired)
        {
            return false;
        }

        using var link = _perLink.AttemptAcquire(linkKey);
        return link.IsAcquired;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perLink.Dispose();
    }
}
