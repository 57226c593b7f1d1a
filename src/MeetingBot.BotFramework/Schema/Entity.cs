using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// An entity (mention, clientInfo, …). The body's peer fields are kept as raw JSON so unknown entity
/// types round-trip; <see cref="Mention"/> reads a mention out of it.
/// </summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, "mention", StringComparison.OrdinalIgnoreCase);

    public Mention? AsMention()
    {
        if (!IsMention || Properties is null)
        {
            return null;
        }

        var mentioned = Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.Deserialize(BotJson.Options.GetTypeInfo(typeof(ChannelAccount))) as ChannelAccount
            : null;
        var text = Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new Mention(mentioned, text);
    }

    public static Entity FromMention(Mention mention)
    {
        return new Entity
        {
            Type = "mention",
            Properties = new Dictionary<string, JsonElement>
            {
                ["mentioned"] = JsonSerializer.SerializeToElement(mention.Mentioned, BotJson.Options),
                ["text"] = JsonSerializer.SerializeToElement(mention.Text, BotJson.Options),
            },
        };
    }
}
