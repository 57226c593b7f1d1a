using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// The bot's side of one DingTalk chat: each activity becomes a robot message to the group or to the person. The
/// platform has no update for robot messages, so an update goes as a new message; a delete is refused. A card action's
/// button in a 1:1 chat is a signed link bound to that person and chat (<see cref="Actions.ActionLinks"/>).
/// </summary>
public sealed class DingTalkSender(DingTalkApi api, Actions.ActionLinks links, ConversationReference reference) : IChannelSender
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversation = reference.Conversation ?? throw new ArgumentException("The reference has no conversation.");
        if (conversation.IsGroup == true)
        {
            return RobotPayloads.For(activity) is { } toGroup
                ? new ResourceResponse(await api.SendToGroupAsync(conversation.Id!, toGroup, cancellationToken))
                : new ResourceResponse(null);
        }

        var person = DingTalkConversations.PersonOf(reference) ?? throw new ArgumentException("The reference names no person.");
        var chat = DingTalkConversations.Personal(person).Id!;
        if (RobotPayloads.For(activity, (button, value, card) => links.ButtonUrl(person, chat, value, button, card)) is not { } payload)
        {
            return new ResourceResponse(null);
        }

        return new ResourceResponse(await api.SendToPersonAsync(person, payload, cancellationToken));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("A DingTalk robot cannot delete a message through this adapter.");
}
