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
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;

    public OpenIdMetadata(string metadataUrl, HttpClient httpClient)
    {
        MetadataUrl = metadataUrl;
        var uri = new Uri(metadataUrl);
        // IdentityModel refuses http metadata unless told; only loopback (tests, local emulators) may use it.
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !SecureEndpoint.IsLoopback(uri) };
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
        };
    }

    public string MetadataUrl { get; }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        _configuration.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _configuration.RequestRefresh();

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
