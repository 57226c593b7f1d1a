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

    /// <returns>Whether a document was deleted.</returns>
    Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default);
}
