using System.Collections.Concurrent;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>One <see cref="OpenIdMetadata"/> per metadata URL for the life of the process.</summary>
public sealed class OpenIdMetadataCache(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "openid-metadata";

    private readonly ConcurrentDictionary<string, OpenIdMetadata> _byUrl = new(StringComparer.OrdinalIgnoreCase);

    public OpenIdMetadata For(string metadataUrl) =>
        _byUrl.GetOrAdd(metadataUrl, url => new OpenIdMetadata(url, httpClientFactory.CreateClient(HttpClientName)));
}
