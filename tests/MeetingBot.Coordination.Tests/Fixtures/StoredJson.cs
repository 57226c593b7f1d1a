using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>
/// The JSON rules the storage layer writes documents with (the same as the bot's wire rules: camelCase, nulls and
/// empty collections omitted, Chinese unescaped), so the tests prove the aggregates survive a store round-trip.
/// </summary>
public static class StoredJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static string Write(object value, Type type) => JsonSerializer.Serialize(value, type, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver
            {
                Modifiers =
                {
                    static typeInfo =>
                    {
                        foreach (var property in typeInfo.Properties.Where(p => p.PropertyType != typeof(string) && typeof(ICollection).IsAssignableFrom(p.PropertyType)))
                        {
                            property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
                        }
                    },
                },
            },
        };
        options.MakeReadOnly();
        return options;
    }
}
