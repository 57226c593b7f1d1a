namespace MeetingBot.BotFramework.Storage;

/// <summary>In-process storage for tests: same contract as the durable providers.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_documents.GetValueOrDefault(key));
        }
    }

    public Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var document = _documents.GetValueOrDefault(key);
            return Task.FromResult(document is not null && document.ETag == knownETag ? RecheckedDocument.Same : RecheckedDocument.Now(document));
        }
    }

    public Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Check(key, condition);
            var etag = $"\"{++_version}\"";
            _documents[key] = new StoredDocument(key, json, etag);
            return Task.FromResult(etag);
        }
    }

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<StoredDocument> found = [.. _documents.Values
                .Where(d => d.Key.StartsWith(prefix, StringComparison.Ordinal))
                .OrderBy(d => d.Key, StringComparer.Ordinal)];
            return Task.FromResult(found);
        }
    }

    public Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_documents.ContainsKey(key) && condition.Kind != WriteConditionKind.IfMatch)
            {
                return Task.FromResult(false);
            }

            Check(key, condition);
            return Task.FromResult(_documents.Remove(key));
        }
    }

    public bool WritesAllOrNone => true;

    /// <summary>Every condition is checked before anything is written, under the one lock: all or none.</summary>
    public Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            foreach (var change in changes)
            {
                Check(change.Key, change.Condition);
            }

            var etags = new string?[changes.Count];
            for (var i = 0; i < changes.Count; i++)
            {
                var change = changes[i];
                if (change.IsDelete)
                {
                    _documents.Remove(change.Key);
                    continue;
                }

                etags[i] = change.NewETag ?? $"\"{++_version}\"";
                _documents[change.Key] = new StoredDocument(change.Key, change.Json!, etags[i]!);
            }

            return Task.FromResult<IReadOnlyList<string?>>(etags);
        }
    }

    private void Check(string key, WriteCondition condition)
    {
        var current = _documents.GetValueOrDefault(key);
        var ok = condition.Kind switch
        {
            WriteConditionKind.Any => true,
            WriteConditionKind.IfAbsent => current is null,
            _ => current is not null && current.ETag == condition.ETag,
        };
        if (!ok)
        {
            throw new StorageConflictException(key, condition);
        }
    }
}
