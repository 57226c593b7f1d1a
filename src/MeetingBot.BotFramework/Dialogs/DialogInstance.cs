using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Dialogs;

/// <summary>
/// One dialog on the stack: its id, the version of the dialog that started it, and its state as named JSON
/// values read back with their declared types.
/// </summary>
public sealed class DialogInstance
{
    public required string Id { get; init; }
    public string? Version { get; set; }
    public Dictionary<string, JsonElement> State { get; set; } = new(StringComparer.Ordinal);

    public T? Get<T>(string key) => State.TryGetValue(key, out var value) ? value.Deserialize<T>(BotJson.Options) : default;

    public void Set<T>(string key, T value) => State[key] = JsonSerializer.SerializeToElement(value, BotJson.Options);

    public bool Remove(string key) => State.Remove(key);
}
