using MeetingBot.Storage.Documents;

namespace MeetingBot.Documents.Links;

/// <summary>
/// <c>GET /documents/{token}</c>: streams the one document version a valid link grants, as an attachment with its
/// (UTF-8) file name, if its viewer may still read it (one of the registered <see cref="IDocumentGrantCheck"/>s: each knows its own kind of document). Anything else gets only a
/// status: 404 for what is not a link or names nothing stored, 410 for an expired link, 403 for one whose signature
/// does not match or whose viewer lost the right — never a hint of what exists.
/// </summary>
public sealed partial class DocumentDownloads(
    DocumentTokens tokens, IEnumerable<IDocumentGrantCheck> checks, IDocumentStore documents, ILogger<DocumentDownloads> logger)
{
    public const string PathPrefix = "/documents/";
    public const string Route = PathPrefix + "{token}";

    public async Task<IResult> HandleAsync(string token, HttpResponse response, CancellationToken cancellationToken)
    {
        // Links are personal: no cache may keep the file, and no page it opens may learn the link.
        response.Headers.CacheControl = "private, no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        switch (await tokens.ReadAsync(token))
        {
            case GrantReading.Valid { Grant: var grant }:
                var opened = await documents.GetAsync(grant.DocumentKey, grant.Version, cancellationToken);
                if (opened is null)
                {
                    LogMissing(grant.Version);
                    return Results.NotFound();
                }

                if (!await AllowedAsync(grant, cancellationToken))
                {
                    await opened.DisposeAsync();
                    LogWithdrawn(grant.ViewerId);
                    return Results.StatusCode(StatusCodes.Status403Forbidden);
                }

                LogServed(grant.DocumentKey, grant.Version, grant.ViewerId);
                // The result disposes the stream once it is written, which closes the opened file.
                return Results.Stream(opened.Content, opened.File.ContentType, opened.File.FileName);
            case GrantReading.Expired:
                return Results.StatusCode(StatusCodes.Status410Gone);
            case GrantReading.Tampered:
                LogTampered();
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            default:
                return Results.NotFound();
        }
    }

    private async Task<bool> AllowedAsync(DocumentGrant grant, CancellationToken cancellationToken)
    {
        foreach (var check in checks)
        {
            if (await check.StillAllowedAsync(grant, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Document {DocumentKey} version {Version} downloaded by {ViewerId}")]
    private partial void LogServed(string documentKey, int version, string viewerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signed document link names version {Version} of a document that is not stored")]
    private partial void LogMissing(int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A document link issued to {ViewerId}, who may no longer read the document, was presented")]
    private partial void LogWithdrawn(string viewerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A document link with a wrong signature was presented")]
    private partial void LogTampered();
}
