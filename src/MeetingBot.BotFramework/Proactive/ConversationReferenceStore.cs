using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Proactive;

/// <summary>
/// Conversation references for every conversation the bot sees, and each user's 1:1 conversation, so the bot can
/// speak first later (reminders) and take sensitive exchanges out of group chats.
/// </summary>
/// <remarks>
/// Every inbound activity carries its references, but they rarely change. What this process last stored or found
/// stored is remembered for <see cref="RememberFor"/>, so a steady conversation costs no storage operation per turn;
/// after that the stored one is compared again (another instance may have stored a newer one in between).
/// </remarks>
public sealed class ConversationReferenceStore(IStorage storage, ServiceUrlTrust trust, TimeProvider time)
{
    /// <summary>How long an unchanged reference is trusted to still be the stored one.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(10);

    // Bounded: past this many conversations the memory starts over (a cost of one read each, never a wrong write).
    private const int MaxRemembered = 10_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Known> _known = new(StringComparer.Ordinal);
    public static string ConversationKey(string channelId, string conversationId) => $"references/conversations/{channelId}/{conversationId}";

    public static string PersonalKey(string channelId, string userId) => $"references/personal/{channelId}/{userId}";

    /// <summary>Stores or refreshes the references this activity carries; writes only what changed.</summary>
    public async Task SaveAsync(ConversationReference reference, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        if (reference.ChannelId is null || reference.Conversation?.Id is null)
        {
            return;
        }

        await UpsertAsync(ConversationKey(reference.ChannelId, reference.Conversation.Id), reference, serviceUrlVerified, cancellationToken);
        if (PersonalConversations.IsPersonal(reference.Conversation) && reference.User?.Id is { } userId)
        {
            await UpsertAsync(PersonalKey(reference.ChannelId, userId), reference, serviceUrlVerified, cancellationToken);
        }
    }

    public Task<StoredConversationReference?> GetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        LoadAsync(ConversationKey(channelId, conversationId), cancellationToken);

    /// <summary>The user's 1:1 conversation with the bot, if the bot has one.</summary>
    public Task<StoredConversationReference?> GetPersonalAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        LoadAsync(PersonalKey(channelId, userId), cancellationToken);

    /// <summary>
    /// Several users' 1:1 conversations at once (a reminder's recipients), in one storage round trip where the
    /// provider can: by user id; a user without one is absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, StoredConversationReference>> GetPersonalManyAsync(
        string channelId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var keys = userIds.Distinct(StringComparer.Ordinal).ToDictionary(u => PersonalKey(channelId, u), u => u, StringComparer.Ordinal);
        var documents = await storage.ReadManyAsync(keys.Keys, cancellationToken);
        var found = new Dictionary<string, StoredConversationReference>(StringComparer.Ordinal);
        foreach (var (key, document) in documents)
        {
            var stored = JsonSerializer.Deserialize<StoredConversationReference>(document.Json, StorageJson.Options)
                ?? throw new JsonException($"The document '{key}' holds null.");
            Trust(stored);
            found[keys[key]] = stored;
        }

        return found;
    }

    public async Task ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(channelId, conversationId);
        _known.TryRemove(key, out _);
        await storage.DeleteAsync(key, WriteCondition.Any, cancellationToken);
    }

    private async Task<StoredConversationReference?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = (await storage.ReadAsync<StoredConversationReference>(key, cancellationToken))?.Value;
        Trust(stored);
        return stored;
    }

    private void Trust(StoredConversationReference? stored)
    {
        if (stored is { ServiceUrlVerified: true, Reference.ServiceUrl: { } serviceUrl })
        {
            trust.Trust(serviceUrl);
        }
    }

    private async Task UpsertAsync(string key, ConversationReference reference, bool serviceUrlVerified, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_known.TryGetValue(key, out var known) && ReferenceChanges.Same(known.Reference, reference) && (known.Verified || !serviceUrlVerified)
            && now - known.At < RememberFor)
        {
            return;
        }

        // Another turn storing this reference at the same moment is compared against, not overwritten blindly.
        var stored = await storage.UpdateAsync<StoredConversationReference>(key, current =>
        {
            // A verified serviceUrl stays verified until an activity brings a different one.
            var verified = serviceUrlVerified
                || (current is { ServiceUrlVerified: true } old && old.Reference.ServiceUrl == reference.ServiceUrl);
            return current is not null && verified == current.ServiceUrlVerified && ReferenceChanges.Same(current.Reference, reference)
                ? null
                : new StoredConversationReference(StoredConversationReference.CurrentVersion, reference, verified, now);
        }, cancellationToken);
        if (_known.Count >= MaxRemembered)
        {
            _known.Clear();
        }

        _known[key] = new Known(ReferenceChanges.Snapshot(reference), stored.Value!.ServiceUrlVerified, now);
    }

    private sealed record Known(ConversationReference Reference, bool Verified, DateTimeOffset At);
}
