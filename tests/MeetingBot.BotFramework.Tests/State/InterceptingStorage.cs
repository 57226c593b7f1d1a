using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>Memory storage that counts reads and writes per key and can run a competing write just before ours.</summary>
public sealed class InterceptingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public ConcurrentDictionary<string, int> Reads { get; } = new();
    public ConcurrentDictionary<string, int> Writes { get; } = new();

    /// <summary>Called before each write; may write to the store itself (another turn winning the race).</summary>
    public Func<string, Task>? BeforeWrite { get; set; }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        Reads.AddOrUpdate(key, 1, (_, n) => n + 1);
        return _inner.ReadAsync(key, cancellationToken);
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (BeforeWrite is { } competing)
        {
            await competing(key);
        }

        Writes.AddOrUpdate(key, 1, (_, n) => n + 1);
        return await _inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default) =>
        _inner.ListAsync(prefix, cancellationToken);

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(key, condition, cancellationToken);

    /// <summary>Writes directly, bypassing the interception (the competitor's own write).</summary>
    public Task<string> WriteDirectAsync(string key, string json) => _inner.WriteAsync(key, json, WriteCondition.Any);
}
