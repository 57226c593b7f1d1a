using System.Text.Json;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.DingTalk.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// Where both inbound modes meet: a message or card press is parsed, its sender found in the directory, and a turn
/// run through the same pipeline as every channel (<see cref="CloudAdapter.ProcessHostedAsync"/>). Someone the
/// directory does not know is told whom to ask, and no turn runs, so nothing is stored for him.
/// </summary>
public sealed partial class DingTalkInbound(
    CloudAdapter adapter, IBot bot, IDingTalkPeople people, DingTalkChannel channel, IOptions<DingTalkOptions> options, ILogger<DingTalkInbound> logger)
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

        var name = await people.NameOfAsync(message.SenderStaffId, cancellationToken);
        if (name is null)
        {
            await RefuseAsync(message.SenderStaffId, cancellationToken);
            return InboundResult.UnknownPerson;
        }

        var mentioned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in (message.AtUsers ?? []).Select(a => a.StaffId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            // A mentioned colleague the directory does not know stays unnamed: the chat front then cannot pick him.
            if (await people.NameOfAsync(id, cancellationToken) is { } mentionedName)
            {
                mentioned[id] = mentionedName;
            }
        }

        var activity = InboundActivities.FromMessage(message, name, mentioned, Bot, channel.ServiceUrl);
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

        var name = await people.NameOfAsync(callback.UserId, cancellationToken);
        if (name is null)
        {
            await RefuseAsync(callback.UserId, cancellationToken);
            return InboundResult.UnknownPerson;
        }

        await adapter.ProcessHostedAsync(InboundActivities.FromCard(callback, value.Value, name, Bot, channel.ServiceUrl), bot, cancellationToken);
        return InboundResult.Processed;
    }

    private async Task RefuseAsync(string staffId, CancellationToken cancellationToken)
    {
        LogUnknownPerson();
        var reference = new ConversationReference
        {
            ChannelId = DingTalkConversations.ChannelId,
            ServiceUrl = channel.ServiceUrl,
            Bot = Bot,
            User = new ChannelAccount(staffId),
            Conversation = DingTalkConversations.Personal(staffId),
        };
        try
        {
            await channel.SenderFor(reference).SendAsync(Activity.CreateMessage(DingTalkTexts.UnknownPerson), cancellationToken);
        }
        catch (Exception ex) when (ex is BotFramework.Connector.ConnectorException or HttpRequestException)
        {
            LogRefusalNotSent(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a DingTalk {Kind} that is not valid")]
    private partial void LogMalformed(string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored a DingTalk message ({Reason})")]
    private partial void LogIgnored(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A DingTalk user the directory does not know wrote to the bot; told whom to ask")]
    private partial void LogUnknownPerson();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell an unknown DingTalk user whom to ask")]
    private partial void LogRefusalNotSent(Exception exception);
}
