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

    /// <summary>
    /// Whether an activity posted to the bot's public endpoint claims to belong to this channel, whose activities
    /// enter only through its own endpoint with its own token: such a claim is refused before authentication, in
    /// every environment. A channel whose activities may also come through a connector claims none (the default).
    /// </summary>
    bool ClaimsInbound(string? channelId, string? serviceUrl) => false;
}
