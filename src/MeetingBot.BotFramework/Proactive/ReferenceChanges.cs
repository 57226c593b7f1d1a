using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Proactive;

/// <summary>
/// Whether a conversation reference differs from the stored one in anything worth a write, compared field by field
/// (it runs on every turn: serialising both to compare them cost more than the rest of the check). The activity id,
/// which changes with every message, is left out; so is the reference's own extension data, as it always was.
/// </summary>
internal static class ReferenceChanges
{
    public static bool Same(ConversationReference a, ConversationReference b) =>
        Same(a.User, b.User) && Same(a.Bot, b.Bot) && Same(a.Conversation, b.Conversation)
        && a.ChannelId == b.ChannelId && a.ServiceUrl == b.ServiceUrl && a.Locale == b.Locale;

    /// <summary>A copy of what <see cref="Same(ConversationReference, ConversationReference)"/> compares, so a later change to the activity's objects does not change it.</summary>
    public static ConversationReference Snapshot(ConversationReference r) => new()
    {
        User = Copy(r.User),
        Bot = Copy(r.Bot),
        Conversation = r.Conversation is { } c
            ? new ConversationAccount
            {
                Id = c.Id, Name = c.Name, IsGroup = c.IsGroup, ConversationType = c.ConversationType, TenantId = c.TenantId,
                AadObjectId = c.AadObjectId, Role = c.Role, Properties = c.Properties is null ? null : new(c.Properties),
            }
            : null,
        ChannelId = r.ChannelId,
        ServiceUrl = r.ServiceUrl,
        Locale = r.Locale,
    };

    private static ChannelAccount? Copy(ChannelAccount? a) => a is null
        ? null
        : new ChannelAccount { Id = a.Id, Name = a.Name, AadObjectId = a.AadObjectId, Role = a.Role, Properties = a.Properties is null ? null : new(a.Properties) };

    private static bool Same(ChannelAccount? a, ChannelAccount? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null
            && a.Id == b.Id && a.Name == b.Name && a.AadObjectId == b.AadObjectId && a.Role == b.Role && Same(a.Properties, b.Properties));

    private static bool Same(ConversationAccount? a, ConversationAccount? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null
            && a.Id == b.Id && a.Name == b.Name && a.IsGroup == b.IsGroup && a.ConversationType == b.ConversationType
            && a.TenantId == b.TenantId && a.AadObjectId == b.AadObjectId && a.Role == b.Role && Same(a.Properties, b.Properties));

    // Extension data: none and empty read the same once stored.
    private static bool Same(Dictionary<string, JsonElement>? a, Dictionary<string, JsonElement>? b)
    {
        if ((a?.Count ?? 0) == 0 || (b?.Count ?? 0) == 0)
        {
            return (a?.Count ?? 0) == (b?.Count ?? 0);
        }

        return a!.Count == b!.Count && a.All(p => b.TryGetValue(p.Key, out var other) && JsonElement.DeepEquals(p.Value, other));
    }
}
