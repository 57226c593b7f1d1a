using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Cards;

/// <summary>
/// A small Adaptive Card writer (the AdaptiveCards package is not served here). Produces plain card JSON:
/// version 1.5, elements appended in order, and a <c>fallbackText</c> for clients that cannot render cards.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];

    public AdaptiveCard(string fallbackText) => FallbackText = fallbackText;

    public string FallbackText { get; }

    public AdaptiveCard Title(string text) => Add(new JsonObject
    {
        ["type"] = "TextBlock", ["text"] = text, ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true,
    });

    public AdaptiveCard Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return Add(block);
    }

    public AdaptiveCard Heading(string text) => Add(new JsonObject
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["spacing"] = "Medium", ["wrap"] = true,
    });

    public AdaptiveCard Facts(IEnumerable<(string Title, string Value)> facts)
    {
        var array = new JsonArray();
        foreach (var (title, value) in facts)
        {
            array.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return Add(new JsonObject { ["type"] = "FactSet", ["facts"] = array });
    }

    /// <summary>A text field; its value is posted under <paramref name="id"/> by any submit button of the card.</summary>
    public AdaptiveCard InputText(string id, string label, bool multiline = false, string? placeholder = null, string? value = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline };
        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (value is not null)
        {
            input["value"] = value;
        }

        return Add(input);
    }

    /// <summary>A choice of one (a drop-down, or buttons when <paramref name="expanded"/>); the chosen value is posted under <paramref name="id"/>.</summary>
    public AdaptiveCard ChoiceSet(string id, string label, IEnumerable<(string Title, string Value)> choices, bool expanded = false)
    {
        var array = new JsonArray();
        foreach (var (title, value) in choices)
        {
            array.Add(new JsonObject { ["title"] = title, ["value"] = value });
        }

        return Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet", ["id"] = id, ["label"] = label, ["choices"] = array, ["style"] = expanded ? "expanded" : "compact",
        });
    }

    /// <summary>A button that posts <paramref name="data"/> back as a message (works in every channel that renders cards).</summary>
    public AdaptiveCard Submit(string title, object data)
    {
        _actions.Add(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = JsonSerializer.SerializeToNode(data, BotJson.Options),
        });
        return this;
    }

    /// <summary>A button that opens <paramref name="url"/> in the browser (a download link, for instance).</summary>
    public AdaptiveCard OpenUrl(string title, Uri url)
    {
        _actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri });
        return this;
    }

    /// <summary>A text field; its value is merged into the data a button posts, under <paramref name="id"/>.</summary>
    public AdaptiveCard InputText(string id, string placeholder, bool multiline = false) => Add(new JsonObject
    {
        ["type"] = "Input.Text", ["id"] = id, ["placeholder"] = placeholder, ["isMultiline"] = multiline,
    });

    /// <summary>
    /// A Universal Action button (<c>adaptiveCard/action</c> invoke, answered in the HTTP response). Clients
    /// without Universal Actions fall back to posting the data as a message, like <see cref="Submit"/>.
    /// </summary>
    public AdaptiveCard Execute(string title, string verb, object data)
    {
        _actions.Add(new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = JsonSerializer.SerializeToNode(data, BotJson.Options),
        });
        return this;
    }

    public JsonObject ToJson()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = FallbackText,
            ["body"] = _body.DeepClone(),
        };
        if (_actions.Count > 0)
        {
            card["actions"] = _actions.DeepClone();
        }

        return card;
    }

    /// <summary>
    /// The card as the attachment of a reply: written straight from the elements into the element the reply carries,
    /// the same JSON as <see cref="ToJson"/> printed, without first copying every element into a new tree.
    /// </summary>
    public Attachment ToAttachment()
    {
        // Through this thread's reused buffer (nothing here awaits); the element keeps its own copy of the bytes.
        var content = ReusedJsonWriter.Write(this, static (writer, card) => card.WriteTo(writer), static utf8 =>
        {
            var reader = new Utf8JsonReader(utf8);
            return JsonElement.ParseValue(ref reader);
        });
        return new Attachment { ContentType = ContentType, Content = content };
    }

    private void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "AdaptiveCard");
        writer.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        writer.WriteString("version", Version);
        writer.WriteString("fallbackText", FallbackText);
        writer.WritePropertyName("body");
        _body.WriteTo(writer, BotJson.Options);
        if (_actions.Count > 0)
        {
            writer.WritePropertyName("actions");
            _actions.WriteTo(writer, BotJson.Options);
        }

        writer.WriteEndObject();
    }

    private AdaptiveCard Add(JsonObject element)
    {
        _body.Add(element);
        return this;
    }
}
