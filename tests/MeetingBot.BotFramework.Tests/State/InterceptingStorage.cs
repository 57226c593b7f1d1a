using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>
/// Memory storage that counts reads and writes per key and can run a competing write just before ours. Made to write
/// all or none (<paramref name="allOrNone"/>), a turn commits through <see cref="WriteAllAsync"/>, each commit recorded
/// with its keys; otherwise it is a storage that cannot (as Azure Blob) and a turn writes key by key.
/// </summary>
public sealed class InterceptingStorage(bool allOrNone = false) : IStorage
{
    private readonly MemoryStorage _inner = new();

    /// <summary>The keys of each <see cref="WriteAllAsync"/>, in order.</summary>
    public ConcurrentQueue<string[]> Commits { get; } = new();

    public bool WritesAllOrNone => allOrNone;

    public async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        if (!allOrNone)
        {
            throw new InvalidOperationException("This storage writes key by key: a turn must not commit through it.");
        }

        if (BeforeWrite is { } competing)
        {
            foreach (var change in changes)
            {
                await competing(change.Key);
            }
        }

        Commits.Enqueue([.. changes.Select(c => c.Key)]);
        return await _inner.WriteAllAsync(changes, cancellationToken);
    }

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
