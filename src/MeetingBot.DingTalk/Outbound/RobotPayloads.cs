using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.DingTalk.Outbound;

/// <summary>
/// An outgoing Activity as a robot message. Plain text → <c>sampleText</c>; text with markdown → <c>sampleMarkdown</c>;
/// buttons (suggested actions, or an Adaptive Card's actions) → <c>sampleActionCard</c>…<c>sampleActionCard5</c>
/// (机器人发送消息的类型, https://open.dingtalk.com/document/orgapp/types-of-messages-sent-by-robots). A button that
/// answers with text (imBack) makes the DingTalk client send that text as the person
/// (<c>dtmd://dingtalkclient/sendMessage</c>); a card action (Action.Submit / Action.Execute, messageBack with a value)
/// in a 1:1 chat opens the service's signed action page (<see cref="Actions.ActionLinks"/>), whose confirmation runs
/// the action as a card submit; in a group, where a link cannot know who pressed it, it sends its title as the person
/// (the typed answer the text names). An open-URL button opens its page. Files go as download links: the channel
/// takes no attachments from a robot (<see cref="ChannelCapabilities"/>).
/// </summary>
public static class RobotPayloads
{
    public const int MaxButtons = 5;
    private const int TitleLength = 40;
    private const string SendMessageUrl = "dtmd://dingtalkclient/sendMessage?content=";

    /// <summary>Makes the URL of a card action's button: its title, the action's value, the card's title.</summary>
    public delegate string ActionUrl(string button, JsonElement value, string card);

    /// <summary>The payload for <paramref name="activity"/>; null when there is nothing a person would see (traces, typing).</summary>
    /// <param name="actionUrl">Where card actions go in this chat (a 1:1 chat's signed links); null: their title is sent as text.</param>
    public static RobotPayload? For(Activity activity, ActionUrl? actionUrl = null)
    {
        if (!activity.IsType(ActivityTypes.Message))
        {
            return null;
        }

        var text = new StringBuilder(activity.Text ?? string.Empty);
        var buttons = new List<Button>();
        foreach (var action in activity.SuggestedActions?.Actions ?? [])
        {
            if (action.Type == ActionTypes.MessageBack && action.Value is { ValueKind: JsonValueKind.Object } value && !string.IsNullOrWhiteSpace(action.Title))
            {
                buttons.Add(new Button(action.Title, null, value));
            }
            else
            {
                AddButton(buttons, action.Type, action.Title, action.Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : action.Text);
            }
        }

        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.ContentType == BotFramework.Cards.AdaptiveCard.ContentType && attachment.Content is { } card)
            {
                AppendCard(card, text, buttons, activity.Text);
            }
            else if (attachment.ContentUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var link)
                && (link.Scheme == Uri.UriSchemeHttps || link.Scheme == Uri.UriSchemeHttp))
            {
                AppendLine(text, $"[{Escape(attachment.Name ?? link.Segments[^1])}]({link.AbsoluteUri})");
            }
        }

        var body = text.ToString().Trim();
        if (body.Length == 0 && buttons.Count == 0)
        {
            return null;
        }

        var title = TitleOf(body);
        if (buttons.Count > 0)
        {
            return ActionCard(title, body, [.. buttons.Select(b => b.Url is { } url ? (b.Title, url)
                : (b.Title, actionUrl?.Invoke(b.Title, b.Value!.Value, title) ?? SendMessageUrl + Uri.EscapeDataString(b.Title)))]);
        }

        return LooksLikeMarkdown(body) || string.Equals(activity.TextFormat, "markdown", StringComparison.OrdinalIgnoreCase)
            ? Payload("sampleMarkdown", new { title, text = body })
            : Payload("sampleText", new { content = body });
    }

    private static RobotPayload ActionCard(string title, string body, List<(string Title, string Url)> buttons)
    {
        var shown = buttons.Take(MaxButtons).ToList();
        if (shown.Count == 1)
        {
            return Payload("sampleActionCard", new { title, text = body, singleTitle = shown[0].Title, singleURL = shown[0].Url });
        }

        var param = new Dictionary<string, string> { ["title"] = title, ["text"] = body };
        for (var i = 0; i < shown.Count; i++)
        {
            param[$"actionTitle{i + 1}"] = shown[i].Title;
            param[$"actionURL{i + 1}"] = shown[i].Url;
        }

        return Payload("sampleActionCard" + shown.Count, param);
    }

    private static void AddButton(List<Button> buttons, string? type, string? title, string? value)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (type is ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack)
        {
            buttons.Add(new Button(title, SendMessageUrl + Uri.EscapeDataString(value), null));
        }
        else if (type == ActionTypes.OpenUrl && Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            buttons.Add(new Button(title, url.AbsoluteUri, null));
        }
    }

    /// <summary>
    /// An Adaptive Card: its text blocks and facts as markdown (a first line that repeats the message's text once),
    /// its buttons where they map; a submit's data (an Action.Execute's verb folded in, as WeCom's translation does)
    /// is the value its press brings back.
    /// </summary>
    private static void AppendCard(JsonElement card, StringBuilder text, List<Button> buttons, string? said)
    {
        if (card.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (card.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in body.EnumerateArray())
            {
                if (String(element, "type") == "TextBlock" && String(element, "text") is { } line)
                {
                    if (!string.Equals(line.Trim(), said?.Trim(), StringComparison.Ordinal))
                    {
                        AppendLine(text, line);
                    }
                }
                else if (String(element, "type") == "FactSet" && element.TryGetProperty("facts", out var facts) && facts.ValueKind == JsonValueKind.Array)
                {
                    foreach (var fact in facts.EnumerateArray())
                    {
                        AppendLine(text, $"{String(fact, "title")}：{String(fact, "value")}");
                    }
                }
            }
        }

        // An ActionCard has no fields: a form whose fields hold text to edit (a revision) would be saved without them,
        // so its submit buttons are left off and the text path (which the message names) edits it instead.
        var editsText = card.TryGetProperty("body", out var inputs) && inputs.ValueKind == JsonValueKind.Array
            && inputs.EnumerateArray().Any(e => String(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true && String(e, "value") is { Length: > 0 });
        if (card.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array)
        {
            foreach (var action in actions.EnumerateArray())
            {
                switch (String(action, "type"))
                {
                    case "Action.OpenUrl":
                        AddButton(buttons, ActionTypes.OpenUrl, String(action, "title"), String(action, "url"));
                        break;
                    case "Action.Submit" when action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String:
                        AddButton(buttons, ActionTypes.ImBack, String(action, "title"), data.GetString());
                        break;
                    case "Action.Submit" or "Action.Execute" when !editsText && String(action, "title") is { Length: > 0 } title:
                        buttons.Add(new Button(title, null, SubmitValue(action)));
                        break;
                }
            }
        }
    }

    private static JsonElement SubmitValue(JsonElement action)
    {
        var data = action.TryGetProperty("data", out var given) && given.ValueKind == JsonValueKind.Object
            ? System.Text.Json.Nodes.JsonObject.Create(given)!.DeepClone().AsObject()
            : [];
        if (String(action, "type") == "Action.Execute" && String(action, "verb") is { Length: > 0 } verb)
        {
            data["verb"] ??= verb;
        }

        return JsonSerializer.SerializeToElement(data);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void AppendLine(StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line);
    }

    /// <summary>The notification's title: the first line, short (DingTalk shows it in the chat list).</summary>
    private static string TitleOf(string body)
    {
        var first = body.Split('\n', 2)[0].Trim().TrimStart('#', ' ').Trim('*', ' ');
        return first.Length <= TitleLength ? first : first[..TitleLength] + "…";
    }

    private static bool LooksLikeMarkdown(string text) =>
        text.Contains("**", StringComparison.Ordinal) || text.Contains("](", StringComparison.Ordinal)
        || text.Split('\n').Any(l => l.StartsWith('#') || l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("> ", StringComparison.Ordinal));

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    /// <summary>A button: a URL already known, or a card action whose URL the chat decides (<see cref="ActionUrl"/>).</summary>
    private sealed record Button(string Title, string? Url, JsonElement? Value);

    private static RobotPayload Payload(string key, object param) => new(key, JsonSerializer.Serialize(param, DingTalkJson.Options));
}
