using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.WeCom.Api;

namespace MeetingBot.WeCom.Sending;

/// <summary>
/// The bot's side of one WeCom conversation: a message activity becomes message/send to the person (a 1:1 chat) or
/// appchat/send to the application group chat — text or markdown, each card a template_card with its buttons, each
/// file uploaded as media (or given as a link when it cannot be fetched). Updates are sent as new messages (WeCom has no
/// edit); a delete recalls the message.
/// </summary>
public sealed class WeComSender(WeComApiClient api, WeComFiles files, int agentId, string conversationId) : IChannelSender
{
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!activity.IsType(ActivityTypes.Message))
        {
            // Typing, traces and the like have no WeCom counterpart.
            return new ResourceResponse(null);
        }

        string? last = null;
        foreach (var message in await ComposeAsync(activity, cancellationToken))
        {
            last = await DeliverAsync(message, cancellationToken) ?? last;
        }

        return new ResourceResponse(last ?? Guid.NewGuid().ToString("N"));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null;
        return SendAsync(activity, cancellationToken);
    }

    public async Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        await api.RecallAsync(activityId, cancellationToken);

    private async Task<List<JsonObject>> ComposeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var messages = new List<JsonObject>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            messages.Add(LooksLikeMarkdown(activity.Text)
                ? new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = activity.Text } }
                : new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = activity.Text } });
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == WeComCardTranslation.AdaptiveCardContentType && attachment.Content is { } content)
            {
                messages.Add(WeComCardTranslation.Translate(JsonNode.Parse(content.GetRawText())!, "card-" + Guid.NewGuid().ToString("N")));
            }
            else if (attachment.ContentUrl is { Length: > 0 } url)
            {
                messages.Add(await files.MessageForAsync(url, attachment.Name, cancellationToken));
            }
        }

        return messages;
    }

    private async Task<string?> DeliverAsync(JsonObject message, CancellationToken cancellationToken)
    {
        if (WeComConversations.ChatOf(conversationId) is { } chat)
        {
            message["chatid"] = chat;
            // Application group chats take text, markdown, files and cards of their own kind; a button card goes as text.
            if (message["msgtype"]?.ToString() == "template_card")
            {
                message = AsText(message);
                message["chatid"] = chat;
            }

            var sent = await api.SendToChatAsync(message, cancellationToken);
            return sent["msgid"]?.ToString();
        }

        if (WeComConversations.UserOf(conversationId) is { } user)
        {
            message["touser"] = user;
            message["agentid"] = agentId;
            var sent = await api.SendAsync(message, cancellationToken);
            return sent["msgid"]?.ToString();
        }

        throw new ConnectorException(HttpStatusCode.NotFound, "UnknownConversation", "The conversation is not a WeCom user or application group chat.");
    }

    private static JsonObject AsText(JsonObject card)
    {
        var template = card["template_card"]!;
        var text = $"{template["main_title"]?["title"]}\n{template["sub_title_text"]}";
        return new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = text.Trim() } };
    }

    private static bool LooksLikeMarkdown(string text) =>
        text.Contains("**", StringComparison.Ordinal) || text.Contains("](", StringComparison.Ordinal) || text.StartsWith('#');

}
