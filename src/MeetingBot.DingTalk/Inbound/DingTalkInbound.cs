using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// Where both inbound modes meet: a message or card press is parsed and a turn run through the same pipeline as every
/// channel (<see cref="CloudAdapter.ProcessHostedAsync"/>), the sender and the people mentioned named by the userIds
/// (staffIds) the platform vouched for. Who they are in the directory — or the refusal of someone it does not know,
/// before anything is stored — is the host's one identity gate for every platform adapter, at the head of the pipeline.
/// </summary>
public sealed partial class DingTalkInbound(
    CloudAdapter adapter, IBot bot, DingTalkChannel channel, IOptions<DingTalkOptions> options, ILogger<DingTalkInbound> logger)
{
    public ChannelAccount Bot => new(options.Value.RobotCode ?? "dingtalk-robot", options.Value.BotName) { Role = "bot" };

    public async Task<InboundResult> HandleMessageAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        RobotMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<RobotMessage>(json.Span, DingTalkJson.Options);
        }
        catch (JsonException)
        {
            LogMalformed("message");
            return InboundResult.Malformed;
        }

        if (message is null || string.IsNullOrWhiteSpace(message.MsgId) || string.IsNullOrWhiteSpace(message.ConversationId)
            || message.ConversationType is not ("1" or "2"))
        {
            LogMalformed("message");
            return InboundResult.Malformed;
        }

        if (string.IsNullOrWhiteSpace(message.SenderStaffId))
        {
            // Someone outside the organisation (an external group member): no directory entry can match him.
            LogIgnored("sender without userId");
            return InboundResult.Ignored;
        }

        if (!string.Equals(message.Msgtype, "text", StringComparison.Ordinal) || message.Text?.Content is null)
        {
            LogIgnored(message.Msgtype ?? "none");
            return InboundResult.Ignored;
        }

        var team = options.Value.TeamConversationId;
        if (message.ConversationType == "2" && !string.IsNullOrEmpty(team) && message.ConversationId != team)
        {
            LogIgnored("another group");
            return InboundResult.Ignored;
        }

        var activity = InboundActivities.FromMessage(message, Bot, channel.ServiceUrl);
        await adapter.ProcessHostedAsync(activity, bot, cancellationToken);
        return InboundResult.Processed;
    }

    public async Task<InboundResult> HandleCardAsync(ReadOnlyMemory<byte> json, CancellationToken cancellationToken)
    {
        CardCallback? callback;
        JsonElement? value;
        try
        {
            callback = JsonSerializer.Deserialize<CardCallback>(json.Span, DingTalkJson.Options);
            value = InboundActivities.ParamsOf(callback?.Content);
        }
        catch (JsonException)
        {
            LogMalformed("card");
            return InboundResult.Malformed;
        }

        if (callback is null || string.IsNullOrWhiteSpace(callback.UserId) || value is null)
        {
            LogMalformed("card");
            return InboundResult.Malformed;
        }

        await adapter.ProcessHostedAsync(InboundActivities.FromCard(callback, value.Value, Bot, channel.ServiceUrl), bot, cancellationToken);
        return InboundResult.Processed;
    }

    /// <summary>
    /// A card button pressed through its action link (the page the ActionCard button opened): the card action's value
    /// as a card submit from the person the card was sent to, in his 1:1 chat — the same turn a pressed card button
    /// makes on other channels, so the chat front's handlers run unchanged and the reply goes to that chat.
    /// </summary>
    public Task HandleActionAsync(Actions.ActionLink link, CancellationToken cancellationToken) =>
        adapter.ProcessHostedAsync(InboundActivities.FromAction(link, Bot, channel.ServiceUrl), bot, cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a DingTalk {Kind} that is not valid")]
    private partial void LogMalformed(string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a DingTalk message ({Reason})")]
    private partial void LogIgnored(string reason);
}
