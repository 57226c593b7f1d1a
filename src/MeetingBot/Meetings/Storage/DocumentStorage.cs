using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Meetings.Storage;

/// <summary>Typed reads and writes of domain documents over <see cref="IStorage"/>, with <see cref="DocumentJson"/>'s rules.</summary>
public static class DocumentStorage
{
    public static async Task<Stored<T>?> ReadDocumentAsync<T>(this IStorage storage, string key, CancellationToken cancellationToken = default)
        where T : class =>
        await storage.ReadAsync(key, cancellationToken) is { } document
            ? new Stored<T>(DocumentJson.Deserialize<T>(document.Json, key), document.ETag)
            : null;

    /// <returns>The new ETag of the document.</returns>
    public static Task<string> WriteDocumentAsync<T>(this IStorage storage, string key, T value, WriteCondition condition, CancellationToken cancellationToken = default) =>
        storage.WriteAsync(key, DocumentJson.Serialize(value), condition, cancellationToken);

    /// <summary>The one read-modify-write (<see cref="StorageUpdates"/>) of a domain document, with <see cref="DocumentJson"/>'s rules.</summary>
    public static Task<Updated<T>> UpdateDocumentAsync<T>(this IStorage storage, string key, Func<T?, T?> change, CancellationToken cancellationToken = default)
        where T : class =>
        storage.UpdateAsync(key, change, DocumentJson.Options, cancellationToken);
}
