using System.Text.Json.Nodes;
using MeetingBot.WeCom.Api;

namespace MeetingBot.WeCom.Sending;

/// <summary>
/// A file the bot attaches (the report, the ledger) fetched from its download link and uploaded as WeCom media, sent as
/// a file message; when it cannot be fetched or uploaded, the link goes out as a markdown message instead.
/// </summary>
public sealed class WeComFiles(IHttpClientFactory clients, WeComApiClient api)
{
    public const string DownloadClientName = "WeCom.Files";

    private const long MaxFileBytes = WeComOptions.MaxFileBytes;

    public async Task<JsonObject> MessageForAsync(string url, string? name, CancellationToken cancellationToken)
    {
        var fileName = string.IsNullOrWhiteSpace(name) ? "file" : name;
        try
        {
            using var response = await clients.CreateClient(DownloadClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode && (response.Content.Headers.ContentLength ?? 0) <= MaxFileBytes)
            {
                var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                if (content.Length is > 0 and <= (int)MaxFileBytes)
                {
                    var mediaId = await api.UploadFileAsync(fileName, content, cancellationToken);
                    return new JsonObject { ["msgtype"] = "file", ["file"] = new JsonObject { ["media_id"] = mediaId } };
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException or UriFormatException
            && !cancellationToken.IsCancellationRequested)
        {
            // Falls through to the link.
        }

        return new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = $"[{fileName}]({url})" } };
    }
}
