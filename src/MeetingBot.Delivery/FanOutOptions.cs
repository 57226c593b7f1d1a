using System.ComponentModel.DataAnnotations;

namespace MeetingBot.Delivery;

/// <summary>
/// Section <c>FanOut</c>: how fast proactive pushes may go. The defaults keep within Teams' limits for bots: per
/// conversation 7 a second, 8 in two seconds, 60 in thirty seconds, 1,800 an hour; overall 25 a second (80% of the
/// documented 30 per app per tenant).
/// </summary>
public sealed class FanOutOptions
{
    public const string SectionName = "FanOut";

    /// <summary>The default of <see cref="Lease"/>; a benchmark that waits for leases to lapse reads it here.</summary>
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(2);

    [Range(1, 1000)]
    public int GlobalPerSecond { get; set; } = 25;

    [Range(1, 100)]
    public int PerConversationPerSecond { get; set; } = 7;

    [Range(1, 100)]
    public int PerConversationPerTwoSeconds { get; set; } = 8;

    [Range(1, 1000)]
    public int PerConversationPerThirtySeconds { get; set; } = 60;

    [Range(1, 100_000)]
    public int PerConversationPerHour { get; set; } = 1800;

    /// <summary>How long a claim protects a push in flight; a holder that died is taken over after it.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = DefaultLease;

    /// <summary>First pause after a 429 that names no Retry-After; it doubles (with jitter) while 429s continue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ThrottleBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ThrottleBackoffMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the outbox waits before trying a failed push again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan OutboxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many times the outbox tries a push before it leaves it failed in the ledger.</summary>
    [Range(1, 100)]
    public int OutboxAttempts { get; set; } = 5;
}
