using System.Net.Http.Headers;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MeetingBot.Documents;

/// <summary>
/// Finds the file a person sent in a message (<see cref="AttachedFile"/>), fetches it within the size limit and
/// accepts it only when its name, declared type and bytes all say .docx or .pdf.
/// <para>
/// Only the channel's own file hosts are fetched from (<see cref="AttachmentSource"/>), never an address a person
/// typed, and a redirect is followed only within the origin it came from (at most three times). Teams'
/// pre-authenticated download URL is fetched with a plain client and never gets the bot's token. A channel
/// <c>contentUrl</c> gets the bot's token from <see cref="BotTokenHandler"/> only for service URLs the bot trusts
/// (<see cref="ServiceUrlTrust"/>).
/// </para>
/// </summary>
public sealed partial class UploadedFileReader(
    IHttpClientFactory httpClientFactory,
    IOptions<UploadOptions> options,
    TimeProvider time,
    ILogger<UploadedFileReader> logger)
{
    public const string HttpClientName = "uploads";
    public const string ChannelHttpClientName = "uploads-channel";
    private const int MaxRedirects = 3;
    private const string GenericContentType = "application/octet-stream";
    private const int BufferSize = 81_920;

    public Task<UploadOutcome> ReadAsync(Activity activity, CancellationToken cancellationToken) =>
        ReadAsync(activity, UploadedFileType.All, cancellationToken);

    /// <param name="accepted">The kinds of file this upload may be (material, or a roster).</param>
    public async Task<UploadOutcome> ReadAsync(Activity activity, IReadOnlyList<UploadedFileType> accepted, CancellationToken cancellationToken)
    {
        if (AttachedFile.Find(activity.Attachments) is not { } attached)
        {
            return new UploadOutcome.NoFile();
        }

        var claimed = UploadedFileType.FromFileName(attached.Name, accepted);
        if (claimed is null || !DeclarationsAgree(attached, claimed))
        {
            LogRefused(attached.DeclaredContentType ?? attached.DeclaredFileType, "its name or declared type");
            return new UploadOutcome.WrongType(attached.Name);
        }

        var limit = options.Value.MaxBytes;
        var fetched = DataUrl.Is(attached.Url)
            ? DataUrl.Decode(attached.Url, limit)
            : await DownloadAsync(attached, activity, limit, cancellationToken);
        if (fetched.Refusal is { } refusal)
        {
            return refusal;
        }

        if (!FileSignature.Matches(fetched.Content, claimed))
        {
            LogRefused(claimed.Extension, "its content");
            return new UploadOutcome.WrongType(attached.Name);
        }

        // Every part of a package is bounded before the Open XML SDK (or anyone) unpacks one.
        if (claimed == UploadedFileType.Docx && !DocxPackage.IsWithinLimits(fetched.Content))
        {
            LogRefused(claimed.Extension, "what it unpacks to");
            return new UploadOutcome.TooLargeUnpacked(DocxPackage.MaxTotalBytes);
        }

        return new UploadOutcome.Accepted(new UploadedFile(attached.Name!.Trim(), claimed, fetched.Content));
    }

    // What the sender's side said must not contradict the name; a generic type says nothing.
    private static bool DeclarationsAgree(AttachedFile attached, UploadedFileType claimed) =>
        (attached.DeclaredFileType is not { } fileType || string.Equals("." + fileType.TrimStart('.'), claimed.Extension, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(attached.DeclaredContentType)
            || MediaType(attached.DeclaredContentType) is { } declared
                && (declared.Equals(claimed.ContentType, StringComparison.OrdinalIgnoreCase) || declared.Equals(GenericContentType, StringComparison.OrdinalIgnoreCase)
                    || claimed.OtherContentTypes.Contains(declared, StringComparer.OrdinalIgnoreCase)));

    private static string? MediaType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType : null;

    private async Task<Fetched> DownloadAsync(AttachedFile attached, Activity activity, long limit, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(attached.Url, UriKind.Absolute, out var url) || !AttachmentSource.IsAllowed(url, activity, options.Value.AttachmentHosts))
        {
            return SourceRefused("not one of the channel's file hosts", attached.Url);
        }

        var http = httpClientFactory.CreateClient(attached.IsTeamsDownload ? HttpClientName : ChannelHttpClientName);
        using var timeout = new CancellationTokenSource(options.Value.DownloadTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (!IsRedirect(response.StatusCode))
                {
                    return await ReadBodyAsync(response, url, limit, linked.Token);
                }

                // Followed by hand: the clients never follow one themselves, so no other host is ever asked.
                var location = response.Headers.Location;
                var next = location is null ? null : location.IsAbsoluteUri ? location : new Uri(url, location);
                if (next is null || redirects >= MaxRedirects || !AttachmentSource.IsSameOrigin(next, url))
                {
                    return SourceRefused("redirected to another host, or too often", url.AbsoluteUri);
                }

                url = next;
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return Failed("timed out", null, url.Host);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            // Unreachable host or reset connection.
            return Failed(ex.GetType().Name, null, url.Host);
        }
    }

    private static bool IsRedirect(System.Net.HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private async Task<Fetched> ReadBodyAsync(HttpResponseMessage response, Uri url, long limit, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            return Failed("the file host refused", (int)response.StatusCode, url.Host);
        }

        // An honest length over the limit: refuse before reading any of the body.
        if (response.Content.Headers.ContentLength > limit)
        {
            return Fetched.Refused(new UploadOutcome.TooLarge(limit));
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await ReadWithinAsync(body, limit, response.Content.Headers.ContentLength, cancellationToken);
    }

    // Counts what arrives rather than trusting a header: a chunked or lying response stops one byte past the limit.
    private static async Task<Fetched> ReadWithinAsync(Stream body, long limit, long? declaredLength, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream((int)Math.Min(declaredLength ?? BufferSize, limit));
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit + 1 - content.Length)), cancellationToken)) > 0)
        {
            content.Write(buffer, 0, read);
            if (content.Length > limit)
            {
                return Fetched.Refused(new UploadOutcome.TooLarge(limit));
            }
        }

        return Fetched.Bytes(content.GetBuffer().AsMemory(0, (int)content.Length));
    }

    private Fetched Failed(string reason, int? status, string where)
    {
        // The host only: a download URL's query is a credential.
        LogDownloadFailed(reason, status, Uri.TryCreate(where, UriKind.Absolute, out var uri) ? uri.Scheme + "://" + uri.Host : where);
        return Fetched.Refused(new UploadOutcome.DownloadFailed(reason, status));
    }

    private Fetched SourceRefused(string reason, string where)
    {
        LogSourceRefused(reason, Uri.TryCreate(where, UriKind.Absolute, out var uri) ? uri.Scheme + "://" + uri.Host : "(not a URL)");
        return Fetched.Refused(new UploadOutcome.SourceRefused());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uploaded file not fetched from {Host}: {Reason}")]
    private partial void LogSourceRefused(string reason, string host);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uploaded file not fetched from {Host}: {Reason} (status {StatusCode})")]
    private partial void LogDownloadFailed(string reason, int? statusCode, string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploaded file refused as {Claimed}: by {What} it is not a file of an accepted type")]
    private partial void LogRefused(string? claimed, string what);
}
