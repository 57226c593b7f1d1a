using System.Text.Json;
using MeetingBot.BotFramework.Storage;

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

    /// <summary>The document's value; a domain document read again unchanged is not parsed again (<see cref="ParsedDocuments"/>).</summary>
    public static T Deserialize<T>(string json, string key) => ParsedDocuments.Parse(json, key, Parse<T>);

    private static T Parse<T>(string json, string key) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The document '{key}' holds null.");

    // Its own instance, so a rule the domain documents need goes here without touching the libraries' records; it
    // starts from the stored records' rules (StorageJson), the shape both were written in so far.
    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(StorageJson.Options);
        options.MakeReadOnly();
        return options;
    }
}
