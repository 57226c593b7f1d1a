using System.ComponentModel.DataAnnotations;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Section <c>DirectLine</c>: the Direct Line 3.0 endpoint the service offers itself (protocol §8.1), so Web Chat
/// works without a cloud channel. Tokens are signed with <see cref="SigningKey"/>, else with a key kept in
/// <see cref="SigningKeyPath"/> (created on first start), else with a key that lives as long as the process.
/// </summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";
    public const int MinimumKeyBytes = 32;
    public static readonly TimeSpan DefaultTokenLifetime = TimeSpan.FromMinutes(30);
    public const int DefaultBurst = 60;
    public const int DefaultRequestsPerSecond = 5;
    public const int DefaultMaxUploadBytes = 4 * 1024 * 1024;
    public const int DefaultMaxStreamsPerPerson = 5;

    /// <summary>The address people open, e.g. <c>https://intranet.example/meetingbot</c>: links and serviceUrl start with it.</summary>
    [Required]
    public string PublicUrl { get; set; } = "http://localhost:3978";

    /// <summary>Base64 HMAC key of at least 32 bytes; shared by every instance when scaled out.</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the key; created with a random key when missing.</summary>
    public string? SigningKeyPath { get; set; }

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = DefaultTokenLifetime;

    /// <summary>Requests one token may make at once before it is slowed to <see cref="RequestsPerSecond"/> (then 429).</summary>
    [Range(1, 10_000)]
    public int Burst { get; set; } = DefaultBurst;

    [Range(1, 1_000)]
    public int RequestsPerSecond { get; set; } = DefaultRequestsPerSecond;

    /// <summary>Largest upload (all files of one POST …/upload together); files travel in the activity as data: URLs.</summary>
    [Range(1024, 32 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = DefaultMaxUploadBytes;

    /// <summary>
    /// WebSockets one person may hold open in one conversation at once (phone, PC, a second tab…); opening one more
    /// closes the oldest, so a client cannot pile up sockets on the server.
    /// </summary>
    [Range(1, 100)]
    public int MaxStreamsPerPerson { get; set; } = DefaultMaxStreamsPerPerson;

    /// <summary>The serviceUrl of conversations this service hosts; never called over HTTP (replies are queued).</summary>
    public string ServiceUrl => PublicUrl.TrimEnd('/') + DirectLinePaths.ServiceUrlSuffix;
}
