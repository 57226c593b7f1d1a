using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Demo;

/// <summary>What a person reads on an Adaptive Card: the text of its text blocks, in order.</summary>
public static class DemoCards
{
    public static IReadOnlyList<string> Texts(Attachment attachment)
    {
        var texts = new List<string>();
        if (attachment.Content is { } content)
        {
            Collect(content, texts);
        }

        return texts;
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                    && type.GetString() is "TextBlock" or "TextRun"
                    && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    texts.Add(text.GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, texts);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
            default:
                break;
        }
    }
}
