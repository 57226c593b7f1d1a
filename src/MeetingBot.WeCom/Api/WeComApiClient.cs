using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom.Api;

/// <summary>
/// The send side of the WeCom API: message/send (to people), appchat/send (to an application group chat),
/// media/upload (files) and message/recall. Calls go through the shared connector resilience pipeline; an invalid or
/// expired token is refreshed and the call made once more; what the platform refuses becomes a
/// <see cref="ConnectorException"/> the delivery ledger reads (gone: 404, never retried; throttled: 429).
/// </summary>
public sealed class WeComApiClient(IHttpClientFactory clients, WeComAccessTokens tokens, IOptions<WeComOptions> options)
{
    public const string HttpClientName = "WeCom";

    public Task<JsonObject> SendAsync(JsonObject message, CancellationToken cancellationToken) =>
        PostAsync("cgi-bin/message/send", message, cancellationToken);

    public Task<JsonObject> SendToChatAsync(JsonObject message, CancellationToken cancellationToken) =>
        PostAsync("cgi-bin/appchat/send", message, cancellationToken);

    public Task<JsonObject> RecallAsync(string messageId, CancellationToken cancellationToken) =>
        PostAsync("cgi-bin/message/recall", new JsonObject { ["msgid"] = messageId }, cancellationToken);

    /// <summary>Uploads a temporary file (valid three days on the platform) and returns its media_id.</summary>
    public async Task<string> UploadFileAsync(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(token =>
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "media", fileName);
            return new HttpRequestMessage(HttpMethod.Post, Url($"cgi-bin/media/upload?type=file&access_token={Uri.EscapeDataString(token)}")) { Content = form };
        }, cancellationToken);
        return answer["media_id"]?.GetValue<string>() ?? throw new ConnectorException(HttpStatusCode.BadGateway, "NoMediaId", "media/upload returned no media_id.");
    }

    /// <summary>
    /// A file a person sent the application (media/get with the access token), from the platform's own API host only
    /// (<see cref="WeComOptions.ApiBaseUrl"/>: never a URL taken from a message), read up to <paramref name="maxBytes"/>.
    /// Null when the platform refuses (an unknown or expired media_id: the platform keeps them three days) or the file
    /// is larger than that; an invalid or expired token is refreshed once, as for every call.
    /// </summary>
    public async Task<WeComMedia?> DownloadMediaAsync(string mediaId, long maxBytes, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, Url($"cgi-bin/media/get?access_token={Uri.EscapeDataString(token)}&media_id={Uri.EscapeDataString(mediaId)}"));
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > maxBytes)
            {
                return null;
            }

            // A refusal is JSON with an errcode; the file itself comes with its own type and a Content-Disposition name.
            if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
            {
                var code = WeComThrottleHandler.ErrorCodeOf(await response.Content.ReadAsByteArrayAsync(cancellationToken));
                if (code is { } c && WeComErrorCodes.IsTokenProblem(c))
                {
                    tokens.Invalidate(token);
                    continue;
                }

                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var content = new MemoryStream();
            var buffer = new byte[81_920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                content.Write(buffer, 0, read);
                if (content.Length > maxBytes)
                {
                    return null;
                }
            }

            var disposition = response.Content.Headers.ContentDisposition;
            var name = (disposition?.FileNameStar ?? disposition?.FileName)?.Trim('"');
            return new WeComMedia(content.ToArray(), string.IsNullOrWhiteSpace(name) ? null : name);
        }

        return null;
    }

    private Task<JsonObject> PostAsync(string path, JsonObject payload, CancellationToken cancellationToken) =>
        CallAsync(token => new HttpRequestMessage(HttpMethod.Post, Url($"{path}?access_token={Uri.EscapeDataString(token)}"))
        {
            Content = JsonContent.Create(payload),
        }, cancellationToken);

    private async Task<JsonObject> CallAsync(Func<string, HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            var token = await tokens.GetAsync(cancellationToken);
            using var message = request(token);
            using var response = await client.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var answer = Parse(body);
            var code = answer?["errcode"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : (int?)null;
            if (code is { } c && WeComErrorCodes.IsTokenProblem(c) && attempt == 1)
            {
                tokens.Invalidate(token);
                continue;
            }

            var errmsg = answer?["errmsg"]?.ToString() ?? "";
            var codeText = code?.ToString(CultureInfo.InvariantCulture);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new ConnectorException(HttpStatusCode.TooManyRequests, codeText, errmsg);
            }

            if (!response.IsSuccessStatusCode || answer is null)
            {
                throw new ConnectorException(response.IsSuccessStatusCode ? HttpStatusCode.BadGateway : response.StatusCode, codeText, "The WeCom API answered without a JSON result.");
            }

            if (code is { } failed && failed != WeComErrorCodes.Ok)
            {
                throw new ConnectorException(WeComErrorCodes.IsRecipientGone(failed) ? HttpStatusCode.NotFound : HttpStatusCode.BadRequest, codeText, errmsg);
            }

            // message/send answers ok even when its one recipient is no longer in the organisation: gone, not sent.
            if (answer["invaliduser"]?.ToString() is { Length: > 0 })
            {
                throw new ConnectorException(HttpStatusCode.NotFound, "invaliduser", "The recipient is not a member of the organisation.");
            }

            return answer;
        }
    }

    private Uri Url(string pathAndQuery) => new($"{options.Value.ApiBaseUrl.TrimEnd('/')}/{pathAndQuery}");

    private static JsonObject? Parse(byte[] body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
