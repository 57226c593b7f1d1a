using System.Net;
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

    /// <summary>
    /// Who is posting, for <see cref="TryAcquire"/>: the peer's address, or — when the peer is the reverse proxy on this
    /// machine or the private network (nginx, the ingress) — the last address in <c>X-Forwarded-For</c>, the one that
    /// proxy saw and appended, which the person cannot choose. Without it everyone behind the proxy would share one limit.
    /// </summary>
    public static string AddressOf(HttpContext http)
    {
        var peer = http.Connection.RemoteIpAddress;
        if (peer is null || IPAddress.IsLoopback(peer) || IsPrivate(peer))
        {
            var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
            var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (last is not null && IPAddress.TryParse(last, out var client))
            {
                return client.ToString();
            }
        }

        return peer?.ToString() ?? "unknown";
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            ? bytes[0] == 10 || (bytes[0] == 172 && bytes[1] is >= 16 and <= 31) || (bytes[0] == 192 && bytes[1] == 168)
            : (bytes[0] & 0xFE) == 0xFC;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perLink.Dispose();
    }
}
