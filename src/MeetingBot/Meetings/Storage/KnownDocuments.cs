using System.Collections.Concurrent;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// The domain documents one reader (the meeting repository, the people directory) has parsed, by key, with the ETag
/// of the text it parsed. Read again, a document is asked for only if it changed
/// (<see cref="IStorage.ReadIfChangedAsync"/>): the meeting and the directory, read on nearly every turn, are then
/// neither sent by the provider nor compared nor parsed.
/// </summary>
/// <remarks>
/// Each reader keeps its own, over the one storage it reads, so an ETag always names a text of that storage (a
/// test's memory storage and another's may both say "1"). Only Coordination's documents are kept, safe to share because they
/// are immutable (<c>ParsedDocumentsTests</c> pins that). Bounded: past <see cref="MaxEntries"/> keys it starts over.
/// </remarks>
public sealed class KnownDocuments
{
    public const int MaxEntries = 2048;

    private static readonly System.Reflection.Assembly Domain = typeof(Coordination.Meetings.Meeting).Assembly;

    private readonly ConcurrentDictionary<(Type Type, string Key), Stored<object>> _parsed = new();

    /// <summary>The document at <paramref name="key"/>, parsed, or null when there is none.</summary>
    public async Task<Stored<T>?> ReadAsync<T>(IStorage storage, string key, CancellationToken cancellationToken) where T : class
    {
        if (typeof(T).Assembly != Domain)
        {
            // The host's own documents may be mutable: never shared.
            return await storage.ReadDocumentAsync<T>(key, cancellationToken);
        }

        StoredDocument? document;
        if (_parsed.TryGetValue((typeof(T), key), out var known))
        {
            var rechecked = await storage.ReadIfChangedAsync(key, known.ETag, cancellationToken);
            if (rechecked.Unchanged)
            {
                return new Stored<T>((T)known.Value, known.ETag);
            }

            document = rechecked.Document;
        }
        else
        {
            document = await storage.ReadAsync(key, cancellationToken);
        }

        if (document is null)
        {
            _parsed.TryRemove((typeof(T), key), out _);
            return null;
        }

        var value = DocumentJson.Deserialize<T>(document.Json, key);
        if (_parsed.Count >= MaxEntries)
        {
            _parsed.Clear();
        }

        _parsed[(typeof(T), key)] = new Stored<object>(value, document.ETag);
        return new Stored<T>(value, document.ETag);
    }
}
