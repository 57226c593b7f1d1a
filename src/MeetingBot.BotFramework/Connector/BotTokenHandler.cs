using System.Net;
using System.Net.Http.Headers;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Attaches the bot's token to connector calls, but only to trusted service URLs. A 401 forces one token
/// refresh and one retry: the cached token may have been revoked early.
/// </summary>
public sealed class BotTokenHandler(IBotAccessTokenProvider tokens, ServiceUrlTrust trust) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || !trust.IsTrusted(request.RequestUri))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken);
        if (token is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is { } content && !IsReplayable(content))
        {
            return response;
        }

        response.Dispose();
        token = await tokens.GetTokenAsync(forceRefresh: true, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }

    // The connector client sends buffered JSON, which can be sent again.
    private static bool IsReplayable(HttpContent content) => content is ByteArrayContent;
}
