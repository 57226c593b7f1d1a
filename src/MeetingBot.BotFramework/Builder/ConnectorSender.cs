using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>Sends a turn's activities through the channel's Connector API.</summary>
public sealed class ConnectorSender(ConnectorClient connector) : IChannelSender
{
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Trace) && activity.ChannelId != Channels.Emulator)
        {
            // Traces are for the Emulator's inspector only; other channels would show or reject them.
            return Task.FromResult(new ResourceResponse(null));
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? connector.SendToConversationAsync(activity, cancellationToken)
            : connector.ReplyToActivityAsync(activity, cancellationToken);
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        connector.DeleteActivityAsync(reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation."), activityId, cancellationToken);
}
