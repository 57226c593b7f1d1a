using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>A button: suggested action or card action (<c>imBack</c>, <c>postBack</c>, <c>openUrl</c>, …).</summary>
public sealed class CardAction
{
    public CardAction() { }

    public CardAction(string type, string title, JsonElement? value = null)
    {
        Type = type;
        Title = title;
        Value = value;
    }

    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static CardAction ImBack(string title, string? text = null) =>
        new(ActionTypes.ImBack, title, JsonSerializer.SerializeToElement(text ?? title));
}
