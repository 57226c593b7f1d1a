using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MeetingBot.Storage.AzureBlob;

namespace MeetingBot.Storage.Documents;

/// <summary>
/// Documents as blobs, one per version: <c>{key}/v{n}</c>, where <c>{key}</c> is the key's <see cref="KeyNames"/>
/// encoding (which holds no <c>/</c>, so one key's versions are exactly the blobs under its prefix). The content type
/// and a download file name are the blob's HTTP headers; the file name, hash and creation time its metadata.
/// <para>
/// A put uploads with <c>If-None-Match: *</c>, so the service refuses a version that exists: of two puts racing for
/// one number, one gets 409/412 and tries again past the highest number listed. The content is spooled to a
/// temporary file first, so a retry re-sends it without the caller's stream. The container is created on first use.
/// </para>
/// </summary>
public sealed class AzureBlobDocumentStore(BlobContainerClient container, TimeProvider? time = null) : IDocumentStore
{
    /// <summary>Room after the key's name for <c>/v</c> and any version number within the 1024-character limit.</summary>
    private const int KeyNameLength = BlobNames.MaxLength - 16;

    private const string FileNameMetadata = "filename";
    private const string Sha256Metadata = "sha256";
    private const string CreatedAtMetadata = "createdat";

    private static readonly string SpoolFolder = Path.Combine(Path.GetTempPath(), "meetingbot-spool");

    private readonly ContainerOnFirstUse _container = new(container);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<StoredFile> PutAsync(string documentKey, Stream content, string contentType, string fileName, CancellationToken cancellationToken = default)
    {
        DocumentArguments.Check(documentKey, contentType, fileName);
        var blobs = await _container.GetAsync(cancellationToken);
        await using var spooled = await SpooledContent.CreateAsync(content, SpoolFolder, cancellationToken);
        var prefix = PrefixFor(documentKey);
        var createdAt = _time.GetUtcNow();

        var version = await HighestVersionAsync(blobs, prefix, cancellationToken) + 1;
        while (true)
        {
            var stored = new StoredFile(documentKey, version, fileName, contentType, spooled.Length, spooled.Sha256, createdAt);
            if (await TryCreateAsync(blobs.GetBlobClient(prefix + VersionName(version)), spooled, stored, cancellationToken))
            {
                return stored;
            }

            // Another put took this number: go past every number taken since.
            version = Math.Max(version + 1, await HighestVersionAsync(blobs, prefix, cancellationToken) + 1);
        }
    }

    public async Task<OpenedFile?> GetAsync(string documentKey, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        var blobs = await _container.GetAsync(cancellationToken);
        var prefix = PrefixFor(documentKey);
        var wanted = version ?? await HighestVersionAsync(blobs, prefix, cancellationToken);
        if (wanted < 1)
        {
            return null;
        }

        try
        {
            var result = (await blobs.GetBlobClient(prefix + VersionName(wanted)).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            var details = result.Details;
            return new OpenedFile(Describe(documentKey, wanted, details.ContentType, details.ContentLength, details.Metadata), result.Content);
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == BlobErrorCode.BlobNotFound.ToString())
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<StoredFile>> ListVersionsAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        var blobs = await _container.GetAsync(cancellationToken);
        var prefix = PrefixFor(documentKey);
        var files = new List<StoredFile>();
        await foreach (var item in blobs.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix, cancellationToken))
        {
            if (VersionOf(item.Name, prefix) is { } number)
            {
                files.Add(Describe(documentKey, number, item.Properties.ContentType, item.Properties.ContentLength ?? 0, item.Metadata));
            }
        }

        return files.OrderBy(f => f.Version).ToList();
    }

    private static string PrefixFor(string documentKey) => KeyNames.Encode(documentKey, KeyNameLength) + "/";

    private static string VersionName(int version) => "v" + version.ToString(CultureInfo.InvariantCulture);

    private static int? VersionOf(string blobName, string prefix) =>
        blobName.Length > prefix.Length + 1 && blobName[prefix.Length] == 'v'
        && int.TryParse(blobName.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    private static async Task<int> HighestVersionAsync(BlobContainerClient blobs, string prefix, CancellationToken cancellationToken)
    {
        var highest = 0;
        await foreach (var item in blobs.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken))
        {
            highest = Math.Max(highest, VersionOf(item.Name, prefix) ?? 0);
        }

        return highest;
    }

    private static async Task<bool> TryCreateAsync(BlobClient blob, SpooledContent spooled, StoredFile stored, CancellationToken cancellationToken)
    {
        // Metadata travels as HTTP headers, which carry ASCII only: the file name is percent-encoded.
        var escapedName = Uri.EscapeDataString(stored.FileName);
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders
            {
                ContentType = stored.ContentType,
                // What a browser saves the file as when it is downloaded from a link (RFC 6266).
                ContentDisposition = $"attachment; filename*=UTF-8''{escapedName}",
            },
            Metadata = new Dictionary<string, string>
            {
                [FileNameMetadata] = escapedName,
                [Sha256Metadata] = stored.Sha256,
                [CreatedAtMetadata] = stored.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            },
        };
        await using var content = spooled.OpenRead();
        try
        {
            await blob.UploadAsync(content, options, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (
            (ex.Status == 409 && ex.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString())
            || (ex.Status == 412 && ex.ErrorCode == BlobErrorCode.ConditionNotMet.ToString()))
        {
            return false;
        }
    }

    private static StoredFile Describe(string documentKey, int version, string? contentType, long length, IDictionary<string, string>? metadata)
    {
        string? Value(string name) => metadata is not null && metadata.TryGetValue(name, out var value) ? value : null;

        // A blob written by something else than this store may lack our metadata: describe it as well as it can be.
        var fileName = Value(FileNameMetadata) is { } escaped ? Uri.UnescapeDataString(escaped) : VersionName(version);
        var createdAt = DateTimeOffset.TryParse(Value(CreatedAtMetadata), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTimeOffset.UnixEpoch;
        return new StoredFile(documentKey, version, fileName, contentType ?? "application/octet-stream", length, Value(Sha256Metadata) ?? string.Empty, createdAt);
    }
}
