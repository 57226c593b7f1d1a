namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// Keyed JSON documents with ETags. Every write states its condition; a write whose condition fails throws
/// <see cref="StorageConflictException"/> and changes nothing. Keys are free text: providers encode them.
/// </summary>
public interface IStorage
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default);

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
}
