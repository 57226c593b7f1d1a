namespace MeetingBot.Documents.Links;

/// <summary>
/// Section <c>Documents:Links</c>: download links to stored document versions (<c>GET /documents/{token}</c>), each
/// a signed, expiring grant of one version to one viewer.
/// </summary>
public sealed class DocumentLinkOptions
{
    public const string SectionName = "Documents:Links";
    public const string DefaultPublicBaseUrl = "http://localhost:3978";
    public const int MinimumKeyBytes = 32;

    /// <summary>A week: long enough for a lead to review, short enough that a forwarded link stops working.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    public static readonly TimeSpan MinimumLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(90);

    /// <summary>The service's address as the people who click the links reach it (links are this plus <c>/documents/…</c>).</summary>
    public string PublicBaseUrl { get; set; } = DefaultPublicBaseUrl;

    /// <summary>How long a link works after it was issued.</summary>
    public TimeSpan Lifetime { get; set; } = DefaultLifetime;

    /// <summary>
    /// The HMAC-SHA256 key, base64, at least 32 bytes. Unset: one is generated once and kept in the bot's storage (the
    /// SQLite file in the data folder by default), so every instance sharing that storage accepts the same links.
    /// </summary>
    public string? SigningKey { get; set; }
}
