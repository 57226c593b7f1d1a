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

    /// <summary>"Delete only if absent" deletes nothing; it fails, like every provider, when the document exists.</summary>
    public static async Task<bool> DeleteIfAbsentAsync(IStorage storage, string key, WriteCondition condition, CancellationToken cancellationToken) =>
        await storage.ReadAsync(key, cancellationToken) is null ? false : throw new StorageConflictException(key, condition);
}
