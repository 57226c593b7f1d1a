using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>
/// One JSON blob per key in one container (<see cref="BlobNames"/> says how keys become names). The service checks
/// each write's condition and applies the write atomically, so <see cref="WriteCondition"/> maps onto
/// <see cref="BlobRequestConditions"/>: If-Match for an ETag, If-None-Match <c>*</c> for "must not exist". The container
/// is created on first use.
/// </summary>
public sealed class AzureBlobStorage(BlobContainerClient container) : IStorage
{
    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    // The key itself, percent-encoded (metadata is ASCII), so listing can name documents whose blob name was shortened.
    private const string KeyMetadata = "key";

    private readonly ContainerOnFirstUse _container = new(container);

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        try
        {
            // Content and ETag from one response: the ETag names exactly the bytes read.
            var result = (await blob.DownloadContentAsync(cancellationToken)).Value;
            return new StoredDocument(key, result.Content.ToString(), result.Details.ETag.ToString("H"));
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == BlobErrorCode.BlobNotFound.ToString())
        {
            return null;
        }
    }

    /// <summary>A download conditional on If-None-Match: the service answers 304 without the bytes when the ETag still holds.</summary>
    public async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        try
        {
            var options = new BlobDownloadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = new ETag(knownETag) } };
            var response = await blob.DownloadContentAsync(options, cancellationToken);
            // 304 Not Modified comes back as a response without a body, not as an exception.
            if (response.GetRawResponse().Status == 304)
            {
                return RecheckedDocument.Same;
            }

            var result = response.Value;
            return RecheckedDocument.Now(new StoredDocument(key, result.Content.ToString(), result.Details.ETag.ToString("H")));
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && ex.ErrorCode == BlobErrorCode.BlobNotFound.ToString())
        {
            return RecheckedDocument.Now(null);
        }
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        var options = new BlobUploadOptions
        {
            Conditions = ConditionsFor(condition),
            HttpHeaders = JsonHeaders,
            Metadata = new Dictionary<string, string> { [KeyMetadata] = Uri.EscapeDataString(key) },
        };
        var attempts = SendAttempts.Count();
        try
        {
            var info = (await blob.UploadAsync(BinaryData.FromString(json), options, cancellationToken)).Value;
            return info.ETag.ToString("H");
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            // Sent again after a lost answer, the write may have failed only its own first try's change: that is
            // this write done, not a race lost. Only then, and only when the stored bytes are exactly ours.
            if (attempts.Value > 1 && await ReadAsync(key, cancellationToken) is { } stored && string.Equals(stored.Json, json, StringComparison.Ordinal))
            {
                return stored.ETag;
            }

            throw new StorageConflictException(key, condition);
        }
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var container = await _container.GetAsync(cancellationToken);
        // The encoding works character by character, so the encoded prefix is a prefix of every encoded key.
        var namePrefix = KeyNames.EncodeUnbounded(prefix);
        var found = new List<StoredDocument>();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { Prefix = namePrefix, Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if (!item.Metadata.TryGetValue(KeyMetadata, out var encodedKey))
            {
                continue;
            }

            var key = Uri.UnescapeDataString(encodedKey);
            if (key.StartsWith(prefix, StringComparison.Ordinal) && await ReadAsync(key, cancellationToken) is { } document)
            {
                found.Add(document);
            }
        }

        return [.. found.OrderBy(d => d.Key, StringComparer.Ordinal)];
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var blob = await BlobAsync(key, cancellationToken);
        if (condition.Kind == WriteConditionKind.IfAbsent)
        {
            // "Delete only if absent" deletes nothing; it fails when the document exists. Checked here because
            // If-None-Match on a delete is not honoured by every implementation of the service (Azurite ignores it).
            return (await blob.ExistsAsync(cancellationToken)).Value ? throw new StorageConflictException(key, condition) : false;
        }

        bool deleted;
        try
        {
            // Snapshots would make a plain delete fail; the document's history goes with it.
            deleted = (await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, ConditionsFor(condition), cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            throw new StorageConflictException(key, condition);
        }

        // An ETag cannot match a document that is gone: same answer as the other providers.
        if (!deleted && condition.Kind == WriteConditionKind.IfMatch)
        {
            throw new StorageConflictException(key, condition);
        }

        return deleted;
    }

    private static BlobRequestConditions? ConditionsFor(WriteCondition condition) => condition.Kind switch
    {
        WriteConditionKind.IfAbsent => new BlobRequestConditions { IfNoneMatch = ETag.All },
        WriteConditionKind.IfMatch => new BlobRequestConditions { IfMatch = new ETag(condition.ETag!) },
        _ => null,
    };

    // By status and error code only: message text changes between service versions and emulators.
    private static bool IsConflict(RequestFailedException ex) =>
        (ex.Status == 412 && ex.ErrorCode == BlobErrorCode.ConditionNotMet.ToString())
        || (ex.Status == 409 && ex.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString());

    private async Task<BlobClient> BlobAsync(string key, CancellationToken cancellationToken)
    {
        var name = BlobNames.For(key);
        return (await _container.GetAsync(cancellationToken)).GetBlobClient(name);
    }
}
