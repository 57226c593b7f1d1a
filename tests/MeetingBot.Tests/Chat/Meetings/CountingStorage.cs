using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>Memory storage that counts every operation (read, write, list, delete) by the key or prefix it named.</summary>
internal sealed class CountingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();
    private readonly ConcurrentQueue<string> _operations = new();
    private readonly ConcurrentQueue<string> _unchanged = new();

    /// <summary>The operations since the last <see cref="Reset"/>, as "read key", "write key", "write-all keys", "list prefix" or "delete key".</summary>
    public IReadOnlyList<string> Operations => [.. _operations];

    /// <summary>The keys a read-if-changed found unchanged since the last <see cref="Reset"/>: no text sent, none parsed.</summary>
    public IReadOnlyList<string> Unchanged => [.. _unchanged];

    public void Reset()
    {
        _operations.Clear();
        _unchanged.Clear();
    }

    /// <summary>A read all the same (one round trip), counted as one.</summary>
    public async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("read " + key);
        var rechecked = await _inner.ReadIfChangedAsync(key, knownETag, cancellationToken);
        if (rechecked.Unchanged)
        {
            _unchanged.Enqueue(key);
        }

        return rechecked;
    }

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("read " + key);
        return _inner.ReadAsync(key, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("readmany " + string.Join(' ', keys));
        return ((IStorage)_inner).ReadManyAsync(keys, cancellationToken);
    }

    public Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("write " + key);
        return _inner.WriteAsync(key, json, condition, cancellationToken);
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("list " + prefix);
        return _inner.ListAsync(prefix, cancellationToken);
    }

    // As the storage it wraps: a turn's writes are held and committed together, counted as one round trip.
    public bool WritesAllOrNone => _inner.WritesAllOrNone;

    public Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("write-all " + string.Join(' ', changes.Select(c => c.Key)));
        return _inner.WriteAllAsync(changes, cancellationToken);
    }

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        _operations.Enqueue("delete " + key);
        return _inner.DeleteAsync(key, condition, cancellationToken);
    }
}
