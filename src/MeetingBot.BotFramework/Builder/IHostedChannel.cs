using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// A channel served by this process itself (the Direct Line endpoint): the bot's activities to its conversations
/// are handed to it instead of being sent over HTTP to a connector.
/// </summary>
public interface IHostedChannel
{
    bool Hosts(ConversationReference reference);

    IChannelSender SenderFor(ConversationReference reference);
}
