using System.Data.Common;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Storage;

/// <summary>What the SQL providers (SQLite, PostgreSQL) do alike with the rows of their documents table.</summary>
internal static class DocumentRows
{
    /// <summary>The rows selected as <c>key, body, etag</c>, in that order, as stored documents.</summary>
    public static async Task<List<StoredDocument>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var found = new List<StoredDocument>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return found;
    }

    /// <summary>The row selected as <c>body, etag</c> for <paramref name="key"/>, if there is one, as a stored document.</summary>
    public static async Task<StoredDocument?> ReadOneAsync(DbDataReader reader, string key, CancellationToken cancellationToken) =>
        await reader.ReadAsync(cancellationToken) ? new StoredDocument(key, reader.GetString(0), reader.GetString(1)) : null;

    /// <summary>
    /// The row selected as <c>body-unless-unchanged, etag</c> for <paramref name="key"/> (the statement leaves the body
    /// null when the stored ETag is the one the caller holds, so the text is not sent).
    /// </summary>
    public static async Task<RecheckedDocument> ReadIfChangedAsync(DbDataReader reader, string key, string knownETag, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return RecheckedDocument.Now(null);
        }

        var etag = reader.GetString(1);
        return reader.IsDBNull(0) && etag == knownETag
            ? RecheckedDocument.Same
            : RecheckedDocument.Now(new StoredDocument(key, reader.GetString(0), etag));
    }

    /// <summary>"Delete only if absent" deletes nothing; it fails, like every provider, when the document exists.</summary>
    public static async Task<bool> DeleteIfAbsentAsync(IStorage storage, string key, WriteCondition condition, CancellationToken cancellationToken) =>
        await storage.ReadAsync(key, cancellationToken) is null ? false : throw new StorageConflictException(key, condition);
}
