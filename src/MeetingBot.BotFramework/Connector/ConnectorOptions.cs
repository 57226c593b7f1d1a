using System.ComponentModel.DataAnnotations;

namespace MeetingBot.BotFramework.Connector;

/// <summary>Section <c>Connector</c>: how patiently the bot talks to channels.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Connector";
    public const int DefaultMaxRetryAttempts = 4;

    /// <summary>One attempt; offline-directline never answers some routes, so every call is bounded.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts of one call, retries and Retry-After waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = DefaultMaxRetryAttempts;

    /// <summary>First backoff; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of failed calls within <see cref="BreakerSamplingDuration"/> that opens a host's circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
