using System.Collections.Concurrent;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// The domain documents this process has parsed, by type and key, so a document read again unchanged (the meeting
/// and the directory, read on nearly every turn) is not parsed again: the turn bench's profile had their JSON at
/// about a tenth of the service's time and allocation.
/// </summary>
/// <remarks>
/// Safe to share because Coordination's documents are immutable (records with init-only properties and read-only
/// lists; <c>ParsedDocumentsTests</c> pins that): a change makes a new value, never alters the cached one. Only
/// Coordination's types are kept; the host's own index classes are mutable and always parsed afresh. A hit needs
/// the very same text, compared in full, so it does not depend on any provider's ETags being unique across
/// stores (a test's memory storage and another's may both say "1"). Bounded: past <see cref="MaxEntries"/> keys, or
/// for a document longer than <see cref="MaxLength"/> characters, it starts over or does not keep it.
/// </remarks>
public static class ParsedDocuments
{
    public const int MaxEntries = 2048;

    public const int MaxLength = 512 * 1024;

    private static readonly System.Reflection.Assembly Domain = typeof(Coordination.Meetings.Meeting).Assembly;

    private static readonly ConcurrentDictionary<(Type Type, string Key), Entry> Entries = new();

    /// <summary>The parsed <paramref name="json"/> of <paramref name="key"/>, from the cache when the text is the same.</summary>
    public static T Parse<T>(string json, string key, Func<string, string, T> parse)
    {
        if (typeof(T).Assembly != Domain || json.Length > MaxLength)
        {
            return parse(json, key);
        }

        if (Entries.TryGetValue((typeof(T), key), out var known) && string.Equals(known.Json, json, StringComparison.Ordinal))
        {
            return (T)known.Value;
        }

        var value = parse(json, key);
        if (Entries.Count >= MaxEntries)
        {
            Entries.Clear();
        }

        Entries[(typeof(T), key)] = new Entry(json, value!);
        return value;
    }

    private sealed record Entry(string Json, object Value);
}
