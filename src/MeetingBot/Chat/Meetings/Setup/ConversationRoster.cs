using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// "Everyone here": the conversation's members from the channel (connector get members), without the bot and the
/// person asking; for a set-up begun in a group and answered privately, the group's members. Null when the channel cannot tell (Direct Line has no member list, or the call failed within the
/// connector's timeouts); the dialog then asks for @mentions instead.
/// </summary>
public sealed partial class ConversationRoster(ConnectorClientFactory connectors, ILogger<ConversationRoster> logger)
{
    /// <param name="otherConversationId">The group whose members are meant, when asked in another conversation.</param>
    public async Task<List<Person>?> MembersAsync(ITurnContext turnContext, string? otherConversationId, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ServiceUrl is null || (otherConversationId ?? activity.Conversation?.Id) is not { } conversationId)
        {
            return null;
        }

        try
        {
            var people = new List<Person>();
            await foreach (var member in connectors.Create(activity.ServiceUrl).GetConversationMembersAsync(conversationId, cancellationToken))
            {
                if (member.Id is { } id && id != activity.Recipient?.Id && id != activity.From?.Id)
                {
                    people.Add(new Person(id, string.IsNullOrWhiteSpace(member.Name) ? id : member.Name));
                }
            }

            return people.Count == 0 ? null : people;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any channel failure here is answered by asking for mentions; nothing is lost.
            LogRosterUnavailable(exception, activity.ChannelId);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The conversation roster could not be read on channel {ChannelId}")]
    private partial void LogRosterUnavailable(Exception exception, string? channelId);
}
