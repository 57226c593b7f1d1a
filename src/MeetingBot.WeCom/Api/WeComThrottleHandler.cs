using System.Net;
using System.Text.Json;

namespace MeetingBot.WeCom.Api;

/// <summary>
/// Sits inside the shared connector resilience pipeline and turns WeCom's "HTTP 200, errcode 45009/45033/-1" into the
/// HTTP 429 the pipeline (retry after a wait) and the delivery throttle already understand, so WeCom's frequency limits
/// are handled exactly as a Teams 429 is. The errcode stays in the body for the caller.
/// </summary>
public sealed class WeComThrottleHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var code = ErrorCodeOf(body);
        var throttled = new HttpResponseMessage(code is { } c && WeComErrorCodes.IsThrottle(c) ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new ByteArrayContent(body),
        };
        throttled.Content.Headers.ContentType = response.Content.Headers.ContentType;
        response.Dispose();
        return throttled;
    }

    public static int? ErrorCodeOf(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("errcode", out var code) && code.TryGetInt32(out var value)
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
