using System.Globalization;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Reliability;

/// <summary>Dotted paths into an activity (<c>from.id</c>, <c>entities.0.mentioned.id</c>); missing objects are created.</summary>
public static class JsonPath
{
    public static void Set(JsonObject root, string path, JsonNode? value)
    {
        var (parent, last) = Parent(root, path, create: true);
        switch (parent)
        {
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a when int.TryParse(last, CultureInfo.InvariantCulture, out var i) && i < a.Count:
                a[i] = value;
                break;
            case JsonArray a:
                a.Add(value);
                break;
            default:
                throw new InvalidOperationException($"Cannot set {path}: its parent is not an object or array.");
        }
    }

    public static void Remove(JsonObject root, string path)
    {
        var (parent, last) = Parent(root, path, create: false);
        if (parent is JsonObject o)
        {
            o.Remove(last);
        }
        else if (parent is JsonArray a && int.TryParse(last, CultureInfo.InvariantCulture, out var i) && i < a.Count)
        {
            a.RemoveAt(i);
        }
    }

    private static (JsonNode? Parent, string Last) Parent(JsonObject root, string path, bool create)
    {
        var parts = path.Split('.');
        JsonNode? node = root;
        foreach (var part in parts[..^1])
        {
            var next = node switch
            {
                JsonObject o => o[part],
                JsonArray a when int.TryParse(part, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (next is null && create && node is JsonObject container)
            {
                next = new JsonObject();
                container[part] = next;
            }

            node = next;
        }

        return (node, parts[^1]);
    }
}
