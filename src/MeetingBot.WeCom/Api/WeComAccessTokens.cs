using System.Net;
using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom.Api;

/// <summary>
/// The application's access_token (gettoken with corpid + secret), renewed as <see cref="RenewingToken"/> says: shortly
/// before it expires, once for all callers; <see cref="Invalidate"/> drops it when the platform calls it invalid or
/// expired (40014/42001).
/// The token and the secret never leave this class except in the request URL.
/// </summary>
public sealed class WeComAccessTokens(IHttpClientFactory clients, IOptions<WeComOptions> options, TimeProvider time) : IDisposable
{
    private readonly RenewingToken _token = new(time);

    public Task<string> GetAsync(CancellationToken cancellationToken) => _token.GetAsync(FetchAsync, cancellationToken);

    /// <summary>Forgets <paramref name="token"/> if it is still the cached one, so the next call fetches a new one.</summary>
    public void Invalidate(string token) => _token.Invalidate(token);

    public void Dispose() => _token.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> FetchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = $"{settings.ApiBaseUrl.TrimEnd('/')}/cgi-bin/gettoken?corpid={Uri.EscapeDataString(settings.CorpId)}&corpsecret={Uri.EscapeDataString(settings.Secret)}";
        using var response = await clients.CreateClient(WeComApiClient.HttpClientName).GetAsync(url, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var code = root.TryGetProperty("errcode", out var c) && c.TryGetInt32(out var n) ? n : 0;
        if (!response.IsSuccessStatusCode || code != 0 || !root.TryGetProperty("access_token", out var t) || t.GetString() is not { Length: > 0 } value)
        {
            // The message is the platform's errmsg only: the URL carries the secret.
            throw new ConnectorException(response.IsSuccessStatusCode ? HttpStatusCode.Unauthorized : response.StatusCode,
                code.ToString(System.Globalization.CultureInfo.InvariantCulture), "gettoken failed: " + (root.TryGetProperty("errmsg", out var m) ? m.GetString() : null));
        }

        return (value, TimeSpan.FromSeconds(root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 7200));
    }
}
