using System.Text.Json;

namespace MeetingBot.BotFramework.Storage;

/// <summary>Typed reads and writes over <see cref="IStorage"/>, with the stored records' JSON rules (<see cref="StorageJson"/>).</summary>
public static class TypedStorage
{
    public static async Task<Stored<T>?> ReadAsync<T>(this IStorage storage, string key, CancellationToken cancellationToken = default)
        where T : class
    {
        var document = await storage.ReadAsync(key, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var value = JsonSerializer.Deserialize<T>(document.Json, StorageJson.Options)
            ?? throw new JsonException($"The document '{key}' holds null.");
        return new Stored<T>(value, document.ETag);
    }

    public static Task<string> WriteAsync<T>(this IStorage storage, string key, T value, WriteCondition condition, CancellationToken cancellationToken = default)
        => storage.WriteAsync(key, JsonSerializer.Serialize(value, StorageJson.Options), condition, cancellationToken);
}

/// <summary>A typed document and the ETag it was read with.</summary>
public sealed record Stored<T>(T Value, string ETag);
