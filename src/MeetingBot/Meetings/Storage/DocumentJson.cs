using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// The JSON rules of stored domain documents (meetings, submissions, the directory…), apart from the wire's
/// (<c>BotJson</c>): a change to the protocol's JSON must not change what is on disk, and the other way round.
/// The shape is the one documents were written in so far: camelCase, nulls and empty collections omitted (an
/// omitted list reads back empty, never null: the records default them), Chinese text unescaped.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json, string key) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The document '{key}' holds null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Chinese text stays readable in stored documents.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (!property.IsExtensionData && property.PropertyType != typeof(string) && typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
