using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// The one rule behind "empty arrays omitted" in both the wire's JSON (<see cref="BotJson"/>) and stored records'
/// (<c>StorageJson</c>): a collection property with nothing in it is not written, as the SDK writes them. The two
/// options objects stay apart (a change to the protocol must not change what is on disk); only this rule is shared.
/// </summary>
public static class OmitEmptyCollections
{
    /// <summary>Every empty collection property is omitted.</summary>
    public static Action<JsonTypeInfo> All { get; } = Except();

    /// <summary>Every empty collection property is omitted but those whose JSON names are <paramref name="kept"/>.</summary>
    public static Action<JsonTypeInfo> Except(params string[] kept) => typeInfo =>
    {
        foreach (var property in typeInfo.Properties)
        {
            // A string is a collection of characters to the type system, not to the reader of the JSON.
            if (!property.IsExtensionData && property.PropertyType != typeof(string)
                && typeof(ICollection).IsAssignableFrom(property.PropertyType) && !kept.Contains(property.Name, StringComparer.Ordinal))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    };
}
