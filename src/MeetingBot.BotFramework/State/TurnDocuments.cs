using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// A turn's view of the storage (<see cref="TurnUnitOfWork.Documents"/>): a document or listing is read at most once
/// per run of the turn, and what the turn writes replaces what it read.
/// <para>
/// On a storage that writes all or none (<see cref="IStorage.WritesAllOrNone"/>: SQLite, PostgreSQL, memory) the
/// writes are held here (<see cref="HoldsWrites"/>) and the unit of work commits them with the state in one
/// <see cref="IStorage.WriteAllAsync"/>: a write hands out the ETag the document will carry, later reads and listings
/// of this run see it, and a condition this run can already see is unmet throws at once. On another storage (Azure
/// Blob) writes go straight through, conditions and all.
/// </para>
/// A write that loses its race forgets the document, so the next read (a retry deciding again) is fresh.
/// </summary>
internal sealed class TurnDocuments(IStorage storage) : IStorage
{
    private readonly Dictionary<string, StoredDocument?> _documents = new(StringComparer.Ordinal);
    // Keys the storage found unchanged at the ETag a reader held: no text here, but asked again they are unchanged still.
    private readonly Dictionary<string, string> _unchanged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StoredDocument>> _listings = new(StringComparer.Ordinal);
    // The writes held for the commit, one per key (a later write of a key replaces its text, keeps its first condition).
    private readonly Dictionary<string, DocumentChange> _held = new(StringComparer.Ordinal);
    private readonly List<string> _heldOrder = [];
    private readonly Lock _gate = new();

    public IStorage Storage => storage;

    /// <summary>Whether writes wait for the commit (<see cref="Held"/>) instead of going straight to the storage.</summary>
    public bool HoldsWrites { get; } = storage.WritesAllOrNone;

    /// <summary>The writes this run holds for the commit, in the order first made.</summary>
    public IReadOnlyList<DocumentChange> Held
    {
        get
        {
            lock (_gate)
            {
                return [.. _heldOrder.Select(key => _held[key])];
            }
        }
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        var document = await storage.ReadAsync(key, cancellationToken);
        lock (_gate)
        {
            // A write made while the read was out wins over what the read found.
            if (!_documents.TryGetValue(key, out var known))
            {
                _documents[key] = document;
                return document;
            }

            return known;
        }
    }

    /// <summary>Answered from this run's reads when it has one; otherwise asked of the storage, which sends no unchanged text.</summary>
    public async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(key, out var known))
            {
                return known is not null && known.ETag == knownETag ? RecheckedDocument.Same : RecheckedDocument.Now(known);
            }

            if (_unchanged.TryGetValue(key, out var etag) && etag == knownETag)
            {
                return RecheckedDocument.Same;
            }
        }

        var rechecked = await storage.ReadIfChangedAsync(key, knownETag, cancellationToken);
        lock (_gate)
        {
            if (_documents.TryGetValue(key, out var known))
            {
                return known is not null && known.ETag == knownETag ? RecheckedDocument.Same : RecheckedDocument.Now(known);
            }

            if (rechecked.Unchanged)
            {
                _unchanged[key] = knownETag;
            }
            else
            {
                _documents[key] = rechecked.Document;
            }
        }

        return rechecked;
    }

    /// <summary>The keys not yet read in this run, in one call to the storage (one round trip where the provider can).</summary>
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        var missing = new List<string>();
        lock (_gate)
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                if (!_documents.TryGetValue(key, out var known))
                {
                    missing.Add(key);
                }
                else if (known is not null)
                {
                    found[key] = known;
                }
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var read = await storage.ReadManyAsync(missing, cancellationToken);
        lock (_gate)
        {
            foreach (var key in missing)
            {
                if (!_documents.TryGetValue(key, out var document))
                {
                    document = read.GetValueOrDefault(key);
                    _documents[key] = document;
                }

                if (document is not null)
                {
                    found[key] = document;
                }
            }
        }

        return found;
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (HoldsWrites)
        {
            return Hold(key, json, condition);
        }

        try
        {
            var etag = await storage.WriteAsync(key, json, condition, cancellationToken);
            Wrote(key, new StoredDocument(key, json, etag));
            return etag;
        }
        catch (StorageConflictException)
        {
            Wrote(key, document: null, known: false);
            throw;
        }
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredDocument>? stored;
        lock (_gate)
        {
            _listings.TryGetValue(prefix, out stored);
        }

        if (stored is null)
        {
            stored = await storage.ListAsync(prefix, cancellationToken);
            lock (_gate)
            {
                _listings[prefix] = stored;
                foreach (var document in stored)
                {
                    // What this run wrote stands over what the storage still holds.
                    if (!_held.ContainsKey(document.Key))
                    {
                        _documents[document.Key] = document;
                    }
                }
            }
        }

        return WithHeld(prefix, stored);
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (HoldsWrites)
        {
            var current = await ReadAsync(key, cancellationToken);
            return HoldDelete(key, condition, current);
        }

        try
        {
            return await storage.DeleteAsync(key, condition, cancellationToken);
        }
        finally
        {
            Wrote(key, document: null, known: false);
        }
    }

    /// <summary>Forgets everything read and held: a replayed run starts on fresh documents.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _documents.Clear();
            _unchanged.Clear();
            _listings.Clear();
            _held.Clear();
            _heldOrder.Clear();
        }
    }

    private string Hold(string key, string json, WriteCondition condition)
    {
        lock (_gate)
        {
            var known = _documents.TryGetValue(key, out var current);
            if (_held.TryGetValue(key, out var held))
            {
                // Written before in this run: the condition names what this run wrote; the storage still checks the first.
                Check(key, condition, current);
                var next = held with { Json = json, NewETag = DocumentChange.NewTag() };
                _held[key] = next;
                _documents[key] = new StoredDocument(key, json, next.NewETag!);
                return next.NewETag!;
            }

            if (known)
            {
                Check(key, condition, current);
            }

            var change = new DocumentChange(key, json, condition, DocumentChange.NewTag());
            _held[key] = change;
            _heldOrder.Add(key);
            _unchanged.Remove(key);
            _documents[key] = new StoredDocument(key, json, change.NewETag!);
            return change.NewETag!;
        }
    }

    private bool HoldDelete(string key, WriteCondition condition, StoredDocument? current)
    {
        lock (_gate)
        {
            Check(key, condition, current);
            if (_held.TryGetValue(key, out var held) && held.Condition.Kind == WriteConditionKind.IfAbsent && !held.IsDelete)
            {
                // Created and deleted in the same run: nothing for the storage to do.
                _held.Remove(key);
                _heldOrder.Remove(key);
            }
            else if (current is not null)
            {
                var first = held?.Condition ?? condition;
                _held[key] = new DocumentChange(key, null, first, null);
                if (held is null)
                {
                    _heldOrder.Add(key);
                }
            }

            _unchanged.Remove(key);
            _documents[key] = null;
            return current is not null;
        }
    }

    // A condition this run can already see is unmet fails now, as the storage would at the commit; the document is
    // forgotten (unless this run wrote it), so a retry reads it fresh.
    private void Check(string key, WriteCondition condition, StoredDocument? current)
    {
        var met = condition.Kind switch
        {
            WriteConditionKind.Any => true,
            WriteConditionKind.IfAbsent => current is null,
            _ => current is not null && current.ETag == condition.ETag,
        };
        if (!met)
        {
            if (!_held.ContainsKey(key))
            {
                _documents.Remove(key);
                _unchanged.Remove(key);
            }

            throw new StorageConflictException(key, condition);
        }
    }

    // The storage's listing as this run now sees it: held writes under the prefix in place, held deletes gone.
    private IReadOnlyList<StoredDocument> WithHeld(string prefix, IReadOnlyList<StoredDocument> stored)
    {
        lock (_gate)
        {
            if (!_held.Keys.Any(key => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return stored;
            }

            var seen = new SortedDictionary<string, StoredDocument>(StringComparer.Ordinal);
            foreach (var document in stored)
            {
                seen[document.Key] = document;
            }

            foreach (var key in _held.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)))
            {
                if (_documents.GetValueOrDefault(key) is { } document)
                {
                    seen[key] = document;
                }
                else
                {
                    seen.Remove(key);
                }
            }

            return [.. seen.Values];
        }
    }

    private void Wrote(string key, StoredDocument? document, bool known = true)
    {
        lock (_gate)
        {
            _unchanged.Remove(key);
            if (known)
            {
                _documents[key] = document;
            }
            else
            {
                _documents.Remove(key);
            }

            // A listing that covers the key is out of date now.
            foreach (var prefix in _listings.Keys.Where(p => key.StartsWith(p, StringComparison.Ordinal)).ToList())
            {
                _listings.Remove(prefix);
            }
        }
    }
}
