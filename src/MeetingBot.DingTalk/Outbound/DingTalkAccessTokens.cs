using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The application's access token (<c>POST v1.0/oauth2/accessToken</c> with appKey and appSecret), kept until shortly
/// before it expires and bought again then, or at once when the platform calls it invalid. One purchase at a time.
/// </summary>
public sealed class DingTalkAccessTokens(IHttpClientFactory http, IOptions<DingTalkOptions> options, TimeProvider time) : IDisposable
{
    /// <summary>Bought again this long before the platform's expiry, so no call carries a token that dies on the way.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } held && time.GetUtcNow() < held.RenewAt)
        {
            return held.Token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && time.GetUtcNow() < again.RenewAt)
            {
                return again.Token;
            }

            var settings = options.Value;
            using var response = await http.CreateClient(DingTalkApi.HttpClientName).PostAsJsonAsync(
                new Uri(new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/"), "v1.0/oauth2/accessToken"),
                new { appKey = settings.ClientId, appSecret = settings.ClientSecret }, DingTalkJson.Options, cancellationToken);
            var answer = await DingTalkApi.ReadAsync<TokenAnswer>(response, cancellationToken);
            if (string.IsNullOrEmpty(answer.AccessToken) || answer.ExpireIn <= 0)
            {
                throw new HttpRequestException("The DingTalk token endpoint answered without a token.");
            }

            var lifetime = TimeSpan.FromSeconds(answer.ExpireIn);
            _current = (answer.AccessToken, time.GetUtcNow() + (lifetime > RenewBefore * 2 ? lifetime - RenewBefore : lifetime / 2));
            return answer.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The platform refused <paramref name="token"/>: the next call buys a new one (unless another did already).</summary>
    public void Invalidate(string token)
    {
        if (_current is { } held && held.Token == token)
        {
            _current = null;
        }
    }

    public void Dispose() => _gate.Dispose();

    private sealed record TokenAnswer(string? AccessToken, long ExpireIn);
}
