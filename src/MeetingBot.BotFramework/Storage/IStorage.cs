namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// Keyed JSON documents with ETags. Every write states its condition; a write whose condition fails throws
/// <see cref="StorageConflictException"/> and changes nothing. Keys are free text: providers encode them.
/// </summary>
public interface IStorage
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The document at <paramref name="key"/> unless its ETag is still <paramref name="knownETag"/>, the ETag of the text
    /// the caller already holds (and has parsed): then <see cref="RecheckedDocument.Unchanged"/>, and the text is neither
    /// sent nor parsed again. Providers answer it without transferring the text; the default reads and compares.
    /// </summary>
    async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        var document = await ReadAsync(key, cancellationToken);
        return document is not null && document.ETag == knownETag ? RecheckedDocument.Same : RecheckedDocument.Now(document);
    }

    /// <summary>
    /// The documents stored at <paramref name="keys"/>, by key; a key with no document is absent. Providers that can
    /// read many keys in one round trip (SQL) override this; the default reads them one by one, a few at a time.
    /// </summary>
    async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, StoredDocument>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(keys.Distinct(StringComparer.Ordinal), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (key, ct) =>
        {
            if (await ReadAsync(key, ct) is { } document)
            {
                found[key] = document;
            }
        });
        return found;
    }

    /// <returns>The new ETag of the document.</returns>
    Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every document whose key starts with <paramref name="prefix"/>, each with its own ETag, in key order. Lets an
    /// aggregate be stored as many small documents (one per writer, so writers do not contend) and read back whole.
    /// </summary>
    Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <returns>Whether a document was deleted.</returns>
    Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether <see cref="WriteAllAsync"/> writes all of its changes or none (one transaction). A turn holds its writes
    /// and commits them together only on such a storage; on another it writes each as it is decided.
    /// </summary>
    bool WritesAllOrNone => false;

    /// <summary>
    /// Writes the changes (at most one per key) in one call. Where <see cref="WritesAllOrNone"/>: all or none — a change whose
    /// condition fails throws <see cref="StorageConflictException"/> and nothing is written — each document taking its
    /// <see cref="DocumentChange.NewETag"/>. The default writes them one by one in order: a conflict stops there, the
    /// ones before it stay written.
    /// </summary>
    /// <returns>The ETag each change left (null for a delete), in order.</returns>
    async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        var etags = new string?[changes.Count];
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change.IsDelete)
            {
                await DeleteAsync(change.Key, change.Condition, cancellationToken);
            }
            else
            {
                etags[i] = await WriteAsync(change.Key, change.Json!, change.Condition, cancellationToken);
            }
        }

        return etags;
    }
}
