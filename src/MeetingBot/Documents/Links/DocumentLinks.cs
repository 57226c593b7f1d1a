using System.Globalization;
using MeetingBot.Coordination.Submissions.Contents;
using Microsoft.Extensions.Options;

namespace MeetingBot.Documents.Links;

/// <summary>
/// Issues download links for uploaded documents. It does not decide who may have one: callers ask
/// <c>DocumentAccess</c> in Coordination first and pass only a viewer it allowed.
/// </summary>
public sealed class DocumentLinks(DocumentTokens tokens, IOptions<DocumentLinkOptions> options, TimeProvider time)
{
    /// <returns>The link to exactly the version the submission holds, or null when its storage key names none.</returns>
    public async Task<DocumentLink?> IssueAsync(UploadedDocument document, string viewerId)
    {
        // The upload records its key as "documentKey@version" (MaterialUpload).
        var at = document.StorageKey.LastIndexOf('@');
        if (at <= 0 || !int.TryParse(document.StorageKey[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        return await IssueAsync(document.StorageKey[..at], version, document.FileName, document.ContentType, viewerId);
    }

    /// <summary>The link to one version of a document the bot stored itself (a rendered report or ledger).</summary>
    public async Task<DocumentLink> IssueAsync(string documentKey, int version, string fileName, string contentType, string viewerId)
    {
        var expires = time.GetUtcNow() + options.Value.Lifetime;
        var token = await tokens.IssueAsync(new DocumentGrant(documentKey, version, viewerId, expires));
        var url = new Uri(options.Value.PublicBaseUrl.TrimEnd('/') + DocumentDownloads.PathPrefix + token);
        return new DocumentLink(url, fileName, contentType, expires);
    }
}
