using System.Net.Http.Json;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The application's access token (<c>POST v1.0/oauth2/accessToken</c> with appKey and appSecret), renewed as
/// <see cref="RenewingToken"/> says: shortly before it expires, or at once when the platform calls it invalid.
/// </summary>
public sealed class DingTalkAccessTokens(IHttpClientFactory http, IOptions<DingTalkOptions> options, TimeProvider time) : IDisposable
{
    private readonly RenewingToken _token = new(time);

    public Task<string> GetAsync(CancellationToken cancellationToken) => _token.GetAsync(BuyAsync, cancellationToken);

    /// <summary>The platform refused <paramref name="token"/>: the next call buys a new one (unless another did already).</summary>
    public void Invalidate(string token) => _token.Invalidate(token);

    public void Dispose() => _token.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> BuyAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var response = await http.CreateClient(DingTalkApi.HttpClientName).PostAsJsonAsync(
            new Uri(new Uri(settings.ApiBaseUrl.TrimEnd('/') + "/"), "v1.0/oauth2/accessToken"),
            new { appKey = settings.ClientId, appSecret = settings.ClientSecret }, DingTalkJson.Options, cancellationToken);
        var answer = await DingTalkApi.ReadAsync<TokenAnswer>(response, cancellationToken);
        return string.IsNullOrEmpty(answer.AccessToken) || answer.ExpireIn <= 0
            ? throw new HttpRequestException("The DingTalk token endpoint answered without a token.")
            : (answer.AccessToken, TimeSpan.FromSeconds(answer.ExpireIn));
    }

    private sealed record TokenAnswer(string? AccessToken, long ExpireIn);
}
