using System.Globalization;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using ChannelIds = MeetingBot.BotFramework.Schema.Channels;

namespace MeetingBot.WeCom.Callback;

/// <summary>
/// A WeCom callback as the Activity the turn pipeline runs: a text message as a message, a file as a message with an
/// attachment, a card button (template_card_event) as a card submit (its callback value in <see cref="Activity.Value"/>).
/// Anything else is not for the bot (null).
/// </summary>
public static class WeComActivities
{
    /// <param name="file">For a file message: the file as downloaded from the platform (media/get), or null when it could not be.</param>
    public static Activity? From(WeComMessage message, ChannelAccount bot, string serviceUrl, Api.WeComMedia? file = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.WeCom,
            ServiceUrl = serviceUrl,
            From = new ChannelAccount(message.FromUserName),
            Recipient = bot,
            Conversation = message.ChatId is { Length: > 0 } chat
                ? new ConversationAccount(WeComConversations.OfChat(chat), isGroup: true, conversationType: "group")
                : new ConversationAccount(WeComConversations.OfUser(message.FromUserName), conversationType: "personal"),
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(message.CreateTime),
            Locale = "zh-CN",
        };
        switch (message.MsgType)
        {
            case WeComMessage.Text when !string.IsNullOrEmpty(message.Content):
                activity.Id = message.MsgId ?? Synthetic(message);
                activity.Text = message.Content;
                if (activity.Conversation.IsGroup == true)
                {
                    // The platform hands the application only what was said to it; in a group that is an @mention.
                    AddressTo(activity, bot);
                }

                return activity;
            case WeComMessage.File when !string.IsNullOrEmpty(message.MediaId) && file is not null:
                // The bytes travel in the attachment (a data URL), so the upload reader — the same one as for Teams and
                // the web chat, with its size, type and content checks — fetches nothing from anywhere.
                activity.Id = message.MsgId ?? Synthetic(message);
                activity.Attachments =
                [
                    new Attachment
                    {
                        ContentType = "application/octet-stream",
                        ContentUrl = "data:application/octet-stream;base64," + Convert.ToBase64String(file.Content),
                        Name = message.FileName ?? file.FileName ?? message.MediaId,
                    },
                ];
                return activity;
            case WeComMessage.EventType when message.Event == WeComMessage.TemplateCardEvent && !string.IsNullOrEmpty(message.EventKey):
                activity.Id = Synthetic(message);
                activity.Value = ValueOf(message.EventKey);
                return activity;
            default:
                return null;
        }
    }

    /// <summary>A button's key is the card action's data (JSON) as the bot wrote it; anything else is given as <c>{"key": …}</c>.</summary>
    private static JsonElement ValueOf(string key)
    {
        try
        {
            using var document = JsonDocument.Parse(key);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
        }

        return JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["key"] = key });
    }

    private static void AddressTo(Activity activity, ChannelAccount bot)
    {
        var mention = $"<at>{bot.Name}</at>";
        activity.Entities = [Entity.FromMention(new Mention(bot, mention))];
        activity.Text = $"{mention} {activity.Text}";
    }

    /// <summary>Events carry no MsgId; the same click redelivered gives the same id, so it is de-duplicated.</summary>
    private static string Synthetic(WeComMessage message) =>
        string.Join(':', "wecom", message.FromUserName, message.CreateTime.ToString(CultureInfo.InvariantCulture), message.Event, message.TaskId, message.EventKey);
}
