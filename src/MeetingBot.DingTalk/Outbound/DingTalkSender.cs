using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The bot's side of one DingTalk chat: each activity becomes a robot message to the group or to the person. The
/// platform has no update for robot messages, so an update goes as a new message; a delete is refused.
/// </summary>
public sealed class DingTalkSender(DingTalkApi api, ConversationReference reference) : IChannelSender
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (RobotPayloads.For(activity) is not { } payload)
        {
            return new ResourceResponse(null);
        }

        var conversation = reference.Conversation ?? throw new ArgumentException("The reference has no conversation.");
        if (conversation.IsGroup == true)
        {
            return new ResourceResponse(await api.SendToGroupAsync(conversation.Id!, payload, cancellationToken));
        }

        var person = DingTalkConversations.PersonOf(reference) ?? throw new ArgumentException("The reference names no person.");
        return new ResourceResponse(await api.SendToPersonAsync(person, payload, cancellationToken));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A DingTalk robot cannot delete a message through this adapter.");
}
