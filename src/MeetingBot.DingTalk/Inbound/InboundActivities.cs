using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// Platform messages and card presses as Activities of channel <c>dingtalk</c>, people named by their userIds (the
/// host's identity gate puts the directory's people in their place).
/// </summary>
public static class InboundActivities
{
    public static Activity FromMessage(RobotMessage message, ChannelAccount bot, string serviceUrl)
    {
        var staffId = message.SenderStaffId!;
        var isGroup = message.ConversationType == "2";
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MsgId,
            ChannelId = DingTalkConversations.ChannelId,
            ServiceUrl = serviceUrl,
            From = new ChannelAccount(staffId, message.SenderNick),
            Recipient = bot,
            Conversation = isGroup ? DingTalkConversations.Group(message.ConversationId!, message.ConversationTitle) : DingTalkConversations.Personal(staffId),
            Text = message.Text?.Content?.Trim() ?? string.Empty,
            TextFormat = "plain",
            Locale = "zh-CN",
            Timestamp = message.CreateAt is { } created ? DateTimeOffset.FromUnixTimeMilliseconds(created) : null,
        };

        if (isGroup)
        {
            // The platform delivers a group message only when it @mentions the robot (and strips that mention from
            // the text): say so the way every channel does, with a mention entity of the bot.
            var entities = new List<Entity> { Entity.FromMention(new Mention(bot, "@" + bot.Name)) };
            // Colleagues of the same organisation carry their userId; anyone else (no staffId) cannot be named.
            foreach (var id in (message.AtUsers ?? []).Select(a => a.StaffId).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
            {
                entities.Add(Entity.FromMention(new Mention(new ChannelAccount(id), "@" + id)));
            }

            activity.Entities = entities;
        }

        return activity;
    }

    /// <summary>A card button: the button's params become the Activity's value, as a card submit does in other channels.</summary>
    public static Activity FromCard(CardCallback callback, JsonElement value, ChannelAccount bot, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "card-" + (callback.OutTrackId ?? string.Empty) + "-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(callback.Content ?? string.Empty)))[..16],
        ChannelId = DingTalkConversations.ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount(callback.UserId!),
        Recipient = bot,
        Conversation = string.Equals(callback.SpaceType, "IM", StringComparison.OrdinalIgnoreCase) && callback.SpaceId is { Length: > 0 } group
            ? DingTalkConversations.Group(group, null)
            : DingTalkConversations.Personal(callback.UserId!),
        Value = value,
        Locale = "zh-CN",
    };

    /// <summary>
    /// A button pressed through its action link: the link's value as the Activity's value, from the person the link was
    /// made for, in his 1:1 chat; the id is the link's nonce, so a second delivery of the same press is a duplicate.
    /// </summary>
    public static Activity FromAction(Actions.ActionLink link, ChannelAccount bot, string serviceUrl) => new()
    {
        Type = ActivityTypes.Message,
        Id = "link-" + link.Nonce,
        ChannelId = DingTalkConversations.ChannelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount(link.StaffId),
        Recipient = bot,
        Conversation = DingTalkConversations.Personal(link.StaffId),
        Value = link.Value,
        Locale = "zh-CN",
    };

    /// <summary>The button's data in a card callback's content (<c>cardPrivateData.params</c>); null when it has none.</summary>
    public static JsonElement? ParamsOf(string? content)
    {
        if (string.IsNullOrEmpty(content))
        {
            return null;
        }

        using var document = JsonDocument.Parse(content);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("cardPrivateData", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("params", out var parameters) && parameters.ValueKind == JsonValueKind.Object
                ? parameters.Clone()
                : null;
    }
}
