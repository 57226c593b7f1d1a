using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Delivery.Tests;

/// <summary>Memory storage that records every operation (one round trip each on a real store) with its key.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public ConcurrentQueue<(string Operation, string Key)> Operations { get; } = new();

    public int CountUnder(string prefix) => Operations.Count(o => o.Key.StartsWith(prefix, StringComparison.Ordinal));

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        Operations.Enqueue(("read", key));
        return _inner.ReadAsync(key, cancellationToken);
    }

    public Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        Operations.Enqueue(("write", key));
        return _inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        Operations.Enqueue(("list", prefix));
        return _inner.ListAsync(prefix, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        Operations.Enqueue(("delete", key));
        return _inner.DeleteAsync(key, condition, cancellationToken);
    }
}
