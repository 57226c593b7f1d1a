namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// Keyed JSON documents with ETags. Every write states its condition; a write whose condition fails throws
/// <see cref="StorageConflictException"/> and changes nothing. Keys are free text: providers encode them.
/// </summary>
public interface IStorage
{
    Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default);

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
