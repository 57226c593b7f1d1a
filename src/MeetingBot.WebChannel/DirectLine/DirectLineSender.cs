using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// The bot's side of a hosted conversation: every activity it sends is queued in order for the client to fetch
/// (polling) or be pushed (WebSocket). Direct Line has no update or delete (protocol §8.1): an update is shown as a
/// new message, a delete is refused.
/// </summary>
public sealed class DirectLineSender(DirectLineConversations conversations, string conversationId, bool isGroup) : IChannelSender
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Trace))
        {
            // Traces are for the Emulator's inspector; Web Chat would show them.
            return new ResourceResponse(null);
        }

        var queued = await conversations.AppendAsync(conversationId, isGroup, activity, cancellationToken);
        return new ResourceResponse(queued.Id);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null;
        var queued = await conversations.AppendAsync(conversationId, isGroup, activity, cancellationToken);
        return new ResourceResponse(queued.Id);
    }

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line cannot delete an activity the client has already received.");
}
