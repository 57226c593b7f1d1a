using System.Text;
using System.Text.Json.Nodes;

namespace MeetingBot.WeCom.Sending;

/// <summary>
/// An Adaptive Card as WeCom's template_card of type button_interaction: its first text is the title, the rest the
/// body, each Action.Submit / Action.Execute a button whose key is the action's data (the verb folded in), so a click
/// comes back as the same card submit any other channel sends. A card without buttons becomes a markdown message.
/// </summary>
public static class WeComCardTranslation
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    private const int MaxButtons = 6;
    private const int MaxKeyBytes = 1024;
    private const int MaxTitle = 36;
    private const int MaxButtonText = 10;
    private const int MaxBody = 1000;

    public static JsonObject Translate(JsonNode card, string taskId)
    {
        var texts = new List<string>();
        var buttons = new JsonArray();
        var links = new List<string>();
        Walk(card, texts, buttons, links);
        var title = texts.Count > 0 ? texts[0] : "";
        var body = string.Join('\n', texts.Skip(1).Concat(links));
        if (buttons.Count == 0)
        {
            return new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = string.Join('\n', texts.Concat(links)) } };
        }

        return new JsonObject
        {
            ["msgtype"] = "template_card",
            ["template_card"] = new JsonObject
            {
                ["card_type"] = "button_interaction",
                ["main_title"] = new JsonObject { ["title"] = Cut(title, MaxTitle) },
                ["sub_title_text"] = Cut(body, MaxBody),
                ["task_id"] = taskId,
                ["button_list"] = buttons,
            },
        };
    }

    private static void Walk(JsonNode? node, List<string> texts, JsonArray buttons, List<string> links)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, texts, buttons, links);
                }

                break;
            case JsonObject element:
                var type = element["type"]?.ToString();
                if (type == "TextBlock" && element["text"]?.ToString() is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
                else if (type == "FactSet" && element["facts"] is JsonArray facts)
                {
                    texts.AddRange(facts.OfType<JsonObject>().Select(f => $"{f["title"]}：{f["value"]}"));
                }
                else if (type is "Action.Submit" or "Action.Execute")
                {
                    AddButton(element, type, buttons);
                    break;
                }
                else if (type == "Action.OpenUrl" && element["url"]?.ToString() is { Length: > 0 } url)
                {
                    links.Add($"[{element["title"]}]({url})");
                    break;
                }

                foreach (var (name, child) in element)
                {
                    if (name is "body" or "items" or "columns" or "actions" or "card" || (name == "selectAction" && child is JsonObject))
                    {
                        Walk(child, texts, buttons, links);
                    }
                }

                break;
        }
    }

    private static void AddButton(JsonObject action, string type, JsonArray buttons)
    {
        if (buttons.Count >= MaxButtons)
        {
            return;
        }

        var data = action["data"] is JsonObject d ? (JsonObject)d.DeepClone() : new JsonObject();
        if (type == "Action.Execute" && action["verb"]?.ToString() is { Length: > 0 } verb)
        {
            data["verb"] ??= verb;
        }

        var key = data.ToJsonString();
        if (Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
        {
            return;
        }

        buttons.Add(new JsonObject
        {
            ["text"] = Cut(action["title"]?.ToString() ?? "", MaxButtonText),
            ["style"] = buttons.Count == 0 ? 1 : 2,
            ["key"] = key,
        });
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
