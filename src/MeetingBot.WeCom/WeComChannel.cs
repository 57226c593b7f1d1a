using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using ChannelIds = MeetingBot.BotFramework.Schema.Channels;
using MeetingBot.WeCom.Api;
using MeetingBot.WeCom.Sending;
using Microsoft.Extensions.Options;

namespace MeetingBot.WeCom;

/// <summary>
/// Claims the conversations of the WeCom channel, so replies, proactive notices and reminders (through the delivery
/// ledger) become WeCom API calls. Their serviceUrl is the API base URL: the delivery throttle keys its pauses by it.
/// </summary>
public sealed class WeComChannel(WeComApiClient api, WeComFiles files, IOptions<WeComOptions> options) : IHostedChannel
{
    public static string ServiceUrlOf(WeComOptions options) => options.ApiBaseUrl.TrimEnd('/') + "/";

    public bool Hosts(ConversationReference reference) =>
        string.Equals(reference.ChannelId, ChannelIds.WeCom, StringComparison.OrdinalIgnoreCase);

    public IChannelSender SenderFor(ConversationReference reference) =>
        new WeComSender(api, files, options.Value.AgentId,
            reference.Conversation?.Id ?? throw new ArgumentException("The reference has no conversation.", nameof(reference)));

    /// <summary>The team conversation (the configured application group chat), for announcing where the team is.</summary>
    public static ConversationReference TeamReference(WeComOptions options, ChannelAccount bot) => new()
    {
        ChannelId = ChannelIds.WeCom,
        ServiceUrl = ServiceUrlOf(options),
        Bot = bot,
        Conversation = new ConversationAccount(WeComConversations.OfChat(options.TeamChatId), isGroup: true, conversationType: "group"),
        Locale = "zh-CN",
    };
}
