using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// At most one pending confirmation per person per conversation (a new request replaces the old one). It is its own
/// document, not part of the turn's state, so that consuming it is one conditional delete that only one of two
/// answers racing each other can win, before anything is acted on.
/// </summary>
public sealed class ConfirmationStore(IStorage storage)
{
    public const string KeyPrefix = "confirmations/";

    public static string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.Conversation?.Id is { } conversation && activity.From?.Id is { } user
            ? $"{KeyPrefix}{channel}/{conversation}/{user}"
            : null;

    public async Task PutAsync(string key, PendingConfirmation pending, CancellationToken cancellationToken)
    {
        var existing = await storage.ReadAsync(key, cancellationToken);
        // A lost race here throws the storage conflict: the turn is replayed and asks again.
        await storage.WriteAsync(key, pending, WriteCondition.For(existing?.ETag), cancellationToken);
    }

    public Task<Stored<PendingConfirmation>?> ReadAsync(string key, CancellationToken cancellationToken) =>
        storage.ReadAsync<PendingConfirmation>(key, cancellationToken);

    /// <summary>Removes the confirmation as it was read; false when another answer removed or replaced it first.</summary>
    public async Task<bool> TakeAsync(string key, string etag, CancellationToken cancellationToken)
    {
        try
        {
            return await storage.DeleteAsync(key, WriteCondition.IfMatch(etag), cancellationToken);
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }
}
