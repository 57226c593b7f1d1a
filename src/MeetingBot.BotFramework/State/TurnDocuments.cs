using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>
/// A turn's view of the storage (<see cref="TurnUnitOfWork.Documents"/>): a document or listing is read at most once
/// per run of the turn, and what the turn writes replaces what it read. Writes go straight through, conditions and
/// all; a write that loses its race forgets the document, so the next read (a retry deciding again) is fresh.
/// </summary>
internal sealed class TurnDocuments(IStorage storage) : IStorage
{
    private readonly Dictionary<string, StoredDocument?> _documents = new(StringComparer.Ordinal);
    // Keys the storage found unchanged at the ETag a reader held: no text here, but asked again they are unchanged still.
    private readonly Dictionary<string, string> _unchanged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<StoredDocument>> _listings = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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
            _documents[key] = document;
        }

        return document;
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
                var document = read.GetValueOrDefault(key);
                _documents[key] = document;
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
        lock (_gate)
        {
            if (_listings.TryGetValue(prefix, out var known))
            {
                return known;
            }
        }

        var listing = await storage.ListAsync(prefix, cancellationToken);
        lock (_gate)
        {
            _listings[prefix] = listing;
            foreach (var document in listing)
            {
                _documents[document.Key] = document;
            }
        }

        return listing;
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        try
        {
            return await storage.DeleteAsync(key, condition, cancellationToken);
        }
        finally
        {
            Wrote(key, document: null, known: false);
        }
    }

    /// <summary>Forgets everything read: a replayed run starts on fresh documents.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _documents.Clear();
            _unchanged.Clear();
            _listings.Clear();
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
