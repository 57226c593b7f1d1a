using System.Text.Json;

namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// The one read-modify-write of the code base: read the document, let the caller decide the new value, write it
/// with the ETag it was read with; when someone else wrote first, read their value and decide again, at most
/// <see cref="MaxAttempts"/> times (the one retry policy). Every store that changes a stored document goes through it.
/// </summary>
/// <remarks>
/// No delay between attempts: a conflict means the other writer has already finished, so the fresh read sees it.
/// A race lost on every attempt throws <see cref="StorageConflictException"/>; callers that have a better answer
/// (a stale-version refusal, or "someone else already did it") catch it.
/// </remarks>
public static class StorageUpdates
{
    /// <summary>How many times a read-modify-write is decided before the race counts as lost.</summary>
    public const int MaxAttempts = 5;

    /// <summary>
    /// Applies <paramref name="change"/> to the document at <paramref name="key"/> (null when absent); a null result
    /// leaves the document as it is. Returns the value now stored and whether this call wrote it.
    /// </summary>
    public static Task<Updated<T>> UpdateAsync<T>(this IStorage storage, string key, Func<T?, T?> change, CancellationToken cancellationToken = default)
        where T : class =>
        storage.UpdateAsync(key, change, StorageJson.Options, cancellationToken);

    /// <summary>The same, with the JSON rules of the document's owner (domain documents have their own).</summary>
    public static Task<Updated<T>> UpdateAsync<T>(this IStorage storage, string key, Func<T?, T?> change, JsonSerializerOptions json, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync(storage, key, change, json, absentFirst: false, cancellationToken);

    /// <summary>
    /// The same policy for a document that is usually absent (a claim on an activity): the change is decided on
    /// "absent" first and written "if absent" without a read, one round trip where <see cref="UpdateAsync{T}(IStorage, string, System.Func{T, T}, System.Threading.CancellationToken)"/>
    /// takes two; when the document exists after all, the usual read, decide, write follows. <paramref name="change"/>
    /// must only decide (it may be asked about "absent" and then about what is stored).
    /// </summary>
    public static Task<Updated<T>> CreateOrUpdateAsync<T>(this IStorage storage, string key, Func<T?, T?> change, CancellationToken cancellationToken = default)
        where T : class =>
        RunAsync(storage, key, change, StorageJson.Options, absentFirst: true, cancellationToken);

    private static async Task<Updated<T>> RunAsync<T>(IStorage storage, string key, Func<T?, T?> change, JsonSerializerOptions json, bool absentFirst, CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            // A guess of "absent" saves the read; a guess that would write nothing proves nothing, so read after all.
            var guess = absentFirst && attempt == 1 ? change(null) : null;
            var document = guess is null ? await storage.ReadAsync(key, cancellationToken) : null;
            var current = document is null ? null
                : JsonSerializer.Deserialize<T>(document.Json, json) ?? throw new JsonException($"The document '{key}' holds null.");
            if ((guess ?? change(current)) is not { } changed)
            {
                return new Updated<T>(current, Written: false, document?.ETag);
            }

            try
            {
                var etag = await storage.WriteAsync(key, JsonSerializer.Serialize(changed, json), WriteCondition.For(document?.ETag), cancellationToken);
                return new Updated<T>(changed, Written: true, etag);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else wrote it between our read and our write: decide again on what they wrote.
            }
        }
    }
}
