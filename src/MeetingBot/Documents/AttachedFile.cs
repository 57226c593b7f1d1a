using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Documents;

/// <summary>
/// Where the file in a message is and what its sender said it is. Channels differ:
/// <list type="bullet">
/// <item>Teams (1:1 chat) sends <c>application/vnd.microsoft.teams.file.download.info</c> with
/// <c>content: { downloadUrl, uniqueId, fileType }</c>; the download URL is pre-authenticated and short-lived.</item>
/// <item>Web Chat / Direct Line and the Emulator send the file's real content type and a <c>contentUrl</c>: an http(s)
/// URL on the channel (which may want the bot's token) or a <c>data:</c> URL.</item>
/// </list>
/// </summary>
internal sealed record AttachedFile(string? Name, string Url, string? DeclaredContentType, string? DeclaredFileType, bool IsTeamsDownload)
{
    public const string TeamsFileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <returns>The first file in <paramref name="attachments"/>, or null when there is none.</returns>
    public static AttachedFile? Find(IEnumerable<Attachment>? attachments)
    {
        foreach (var attachment in attachments ?? [])
        {
            if (string.Equals(attachment.ContentType, TeamsFileDownloadInfo, StringComparison.OrdinalIgnoreCase))
            {
                if (attachment.Content is { ValueKind: JsonValueKind.Object } info && Text(info, "downloadUrl") is { } downloadUrl)
                {
                    return new AttachedFile(attachment.Name, downloadUrl, null, Text(info, "fileType"), IsTeamsDownload: true);
                }

                continue;
            }

            // Cards may carry media URLs; they are the bot's own kind of content, not a file someone sent.
            if (!string.IsNullOrWhiteSpace(attachment.ContentUrl) && !IsCard(attachment.ContentType))
            {
                return new AttachedFile(attachment.Name, attachment.ContentUrl, attachment.ContentType, null, IsTeamsDownload: false);
            }
        }

        return null;
    }

    private static bool IsCard(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase);

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;
}
