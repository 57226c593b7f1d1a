using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// The one set of JSON rules for the wire (protocol §1.1): camelCase out, any casing in, nulls and empty
/// arrays omitted, depth capped at 128 like the SDK.
/// </summary>
public static class BotJson
{
    public const int MaxDepth = 128;

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
            // Chinese text stays readable on the wire and in stored documents.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // ExpectedReplies keeps its (possibly empty) list: the caller asked for the array.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections.Except("activities") } },
        };
        options.MakeReadOnly();
        return options;
    }

    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8) => JsonSerializer.Deserialize<Activity>(utf8, Options);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
