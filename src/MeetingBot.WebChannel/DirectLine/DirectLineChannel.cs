using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>Claims the conversations of the hosted Direct Line endpoint, so replies and proactive messages are queued.</summary>
public sealed class DirectLineChannel(DirectLineConversations conversations) : IHostedChannel
{
    public bool Hosts(ConversationReference reference) => DirectLinePaths.IsHosted(reference.ChannelId, reference.ServiceUrl);

    public IChannelSender SenderFor(ConversationReference reference) =>
        new DirectLineSender(
            conversations,
            reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation.", nameof(reference)),
            reference.Conversation.IsGroup == true);

    public bool ClaimsInbound(string? channelId, string? serviceUrl) => DirectLinePaths.ClaimsHosted(channelId, serviceUrl);
}
