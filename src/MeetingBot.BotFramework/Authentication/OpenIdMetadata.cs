using System.Diagnostics;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// One OpenID metadata document and its key set, cached and refreshed at least daily, and on demand when a
/// token names a key id the cache does not know (new keys can appear at any time).
/// </summary>
public sealed class OpenIdMetadata
{
    /// <summary>Fetches forced by unknown key ids are at most this frequent, so junk tokens cannot hammer the key server.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly HttpDocumentRetriever _retriever;
    private readonly Lock _gate = new();
    private ConfigurationManager<OpenIdConnectConfiguration> _configuration;
    private Task<OpenIdConnectConfiguration>? _refresh;
    private long? _lastRefresh;

    public OpenIdMetadata(string metadataUrl, HttpClient httpClient)
    {
        MetadataUrl = metadataUrl;
        var uri = new Uri(metadataUrl);
        // IdentityModel refuses http metadata unless told; only loopback (tests, local emulators) may use it.
        _retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !SecureEndpoint.IsLoopback(uri) };
        _configuration = CreateManager();
    }

    public string MetadataUrl { get; }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _configuration).GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// Fetches the keys again now (a token named a key id we do not know) and returns them. Within
    /// <see cref="MinimumRefreshInterval"/> of the last refresh it returns that refresh (awaiting it if still running)
    /// or the cached keys; when the fetch fails it returns the cached keys.
    /// </summary>
    /// <remarks>
    /// IdentityModel 8's <c>RequestRefresh</c> only starts a background fetch and the next <c>GetConfigurationAsync</c>
    /// still answers with the cached keys, so the first token signed by a new key would be refused. A new manager
    /// has nothing cached and fetches before it answers; it replaces the old one only once it has keys.
    /// </remarks>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_lastRefresh is { } last && Stopwatch.GetElapsedTime(last) < MinimumRefreshInterval)
            {
                return _refresh is { IsCompleted: false } running ? running : GetAsync(cancellationToken);
            }

            _lastRefresh = Stopwatch.GetTimestamp();
            _refresh = FetchAsync();
            return _refresh;
        }
    }

    // Shared by every caller waiting on it, so one caller's cancellation must not cancel it (as in IdentityModel).
    private async Task<OpenIdConnectConfiguration> FetchAsync()
    {
        var fresh = CreateManager();
        try
        {
            var configuration = await fresh.GetConfigurationAsync(CancellationToken.None);
            Volatile.Write(ref _configuration, fresh);
            return configuration;
        }
        catch (InvalidOperationException)
        {
            // Stale keys beat none: keep answering with what we had.
            return await GetAsync(CancellationToken.None);
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager() =>
        new(MetadataUrl, new OpenIdConnectConfigurationRetriever(), _retriever) { AutomaticRefreshInterval = TimeSpan.FromHours(24) };

    /// <summary>
    /// The channels the key with <paramref name="keyId"/> is endorsed for, or null when the key carries no
    /// <c>endorsements</c> entry (Entra keys for Emulator tokens never do).
    /// </summary>
    public static IReadOnlyList<string>? EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return null;
        }

        return raw switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable<object> items => items.Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => [],
        };
    }

    public static IEnumerable<SecurityKey> SigningKeysOf(OpenIdConnectConfiguration configuration) => configuration.SigningKeys;
}
