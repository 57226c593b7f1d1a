using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Outbound;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk;

/// <summary>
/// Claims the conversations of channel <c>dingtalk</c>: replies, proactive notices and reminders to them become the
/// robot's send calls instead of Bot Framework connector calls.
/// </summary>
public sealed class DingTalkChannel(DingTalkApi api, Actions.ActionLinks links, IOptions<DingTalkOptions> options) : IHostedChannel
{
    /// <summary>The serviceUrl of DingTalk Activities: the API host, so the delivery throttle pauses the right host.</summary>
    public string ServiceUrl => options.Value.ApiBaseUrl.TrimEnd('/') + "/";

    public bool Hosts(ConversationReference reference) =>
        string.Equals(reference.ChannelId, DingTalkConversations.ChannelId, StringComparison.OrdinalIgnoreCase);

    public IChannelSender SenderFor(ConversationReference reference) => new DingTalkSender(api, links, reference);
}
