using System.Net;
using System.Text.Json;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Proactive;

/// <summary>Where a private exchange ended up.</summary>
public enum PersonalConversationOutcome
{
    /// <summary>The turn was already in the user's 1:1 chat.</summary>
    AlreadyPersonal,

    /// <summary>Continued in the user's stored 1:1 chat.</summary>
    Continued,

    /// <summary>A 1:1 chat was opened (Teams can do this for a member of a team the bot is in).</summary>
    Created,

    /// <summary>The bot has no 1:1 chat with the user and the channel cannot open one: the user must open it.</summary>
    Unavailable,
}

/// <summary>
/// Takes an exchange out of a group chat into the user's 1:1 chat with the bot: sensitive material (criticism
/// outlines, talk records) is never gathered where others can read it.
/// </summary>
public sealed class PersonalConversations(CloudAdapter adapter, ConversationReferenceStore references)
{
    public async Task<PersonalConversationOutcome> RunAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (IsPersonal(activity.Conversation))
        {
            await callback(turnContext, cancellationToken);
            return PersonalConversationOutcome.AlreadyPersonal;
        }

        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no sender.");
        var stored = await references.GetPersonalAsync(activity.ChannelId!, userId, cancellationToken);
        if (stored is not null)
        {
            await adapter.ContinueConversationAsync(stored.Reference, callback, cancellationToken);
            return PersonalConversationOutcome.Continued;
        }

        var tenantId = TenantOf(activity);
        if (activity.ChannelId != Channels.MsTeams || tenantId is null)
        {
            return PersonalConversationOutcome.Unavailable;
        }

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = activity.Recipient,
            Members = [new ChannelAccount(userId, activity.From!.Name) { AadObjectId = activity.From.AadObjectId }],
            TenantId = tenantId,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
        };
        var from = activity.GetConversationReference();
        ConversationReference created;
        try
        {
            created = await adapter.CreateConversationAsync(from, parameters, callback, cancellationToken);
        }
        catch (ConnectorException refused) when (refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Teams answers 403 when the person has not installed the app (or the tenant forbids it): the person must open it.
            return PersonalConversationOutcome.Unavailable;
        }

        created.Conversation!.ConversationType = "personal";
        await references.SaveAsync(created, turnContext.ServiceUrlVerified, cancellationToken);
        return PersonalConversationOutcome.Created;
    }

    public static bool IsPersonal(ConversationAccount? conversation) =>
        conversation is not null && conversation.IsGroup != true && conversation.ConversationType is null or "personal";

    // Teams puts the tenant on the conversation and in channelData; either may be missing.
    private static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId
        ?? (activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null);
}
