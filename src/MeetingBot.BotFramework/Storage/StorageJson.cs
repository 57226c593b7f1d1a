using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Storage;

/// <summary>
/// The JSON rules of records stored through the typed helpers (<see cref="TypedStorage"/>, <see cref="StorageUpdates"/>):
/// conversation references, activity claims, delivery records, links and markers. Apart from the wire's
/// (<c>BotJson</c>), so a change to the protocol's JSON does not change what is on disk. The shape is the one these
/// records were written in so far: camelCase, nulls and empty arrays omitted, Chinese text unescaped.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Stored records carry activities (the push outbox), whose cards nest as deep as the wire allows.
            MaxDepth = BotJson.MaxDepth,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections.All } },
        };
        options.MakeReadOnly();
        return options;
    }
}
