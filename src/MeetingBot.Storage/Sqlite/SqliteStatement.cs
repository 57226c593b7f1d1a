namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The fixed statements of <see cref="SqliteStorage"/>, each with a slot in a connection's prepared statements and its
/// parameters in the order the storage binds them (key, body, etag, updated, expected or known).
/// </summary>
internal sealed class SqliteStatement
{
    public const int Count = 11;

    public static readonly SqliteStatement Read = new(0, "SELECT body, etag FROM documents WHERE key = $key", "$key");

    /// <summary>The body only when the stored ETag is not the one the caller holds, so unchanged text is not read out.</summary>
    public static readonly SqliteStatement ReadIfChanged = new(1,
        "SELECT CASE WHEN etag = $known THEN NULL ELSE body END, etag FROM documents WHERE key = $key", "$key", "$known");

    /// <summary>The range uses the primary key; substr makes the match exact whatever characters the prefix holds.</summary>
    public static readonly SqliteStatement List = new(2,
        "SELECT key, body, etag FROM documents WHERE key >= $prefix AND substr(key, 1, length($prefix)) = $prefix ORDER BY key", "$prefix");

    public static readonly SqliteStatement Upsert = new(3,
        "INSERT INTO documents (key, body, etag, updated) VALUES ($key, $body, $etag, $updated) " +
        "ON CONFLICT(key) DO UPDATE SET body = excluded.body, etag = excluded.etag, updated = excluded.updated",
        "$key", "$body", "$etag", "$updated");

    public static readonly SqliteStatement InsertIfAbsent = new(4,
        "INSERT INTO documents (key, body, etag, updated) VALUES ($key, $body, $etag, $updated) ON CONFLICT(key) DO NOTHING",
        "$key", "$body", "$etag", "$updated");

    /// <summary>The ETag condition is in the WHERE clause: the check and the write are one atomic statement.</summary>
    public static readonly SqliteStatement UpdateIfMatch = new(5,
        "UPDATE documents SET body = $body, etag = $etag, updated = $updated WHERE key = $key AND etag = $expected",
        "$key", "$body", "$etag", "$updated", "$expected");

    public static readonly SqliteStatement Delete = new(6, "DELETE FROM documents WHERE key = $key", "$key");

    public static readonly SqliteStatement DeleteIfMatch = new(7, "DELETE FROM documents WHERE key = $key AND etag = $expected", "$key", "$expected");

    /// <summary>
    /// A turn's writes together (<see cref="SqliteStorage.WriteAllAsync"/>): IMMEDIATE takes the write lock at once,
    /// so the transaction cannot fail later for a reader turned writer; one commit, one sync of the log.
    /// </summary>
    public static readonly SqliteStatement Begin = new(8, "BEGIN IMMEDIATE");

    public static readonly SqliteStatement Commit = new(9, "COMMIT");

    public static readonly SqliteStatement Rollback = new(10, "ROLLBACK");

    private SqliteStatement(int slot, string sql, params string[] parameters)
    {
        Slot = slot;
        Sql = sql;
        Parameters = parameters;
    }

    public int Slot { get; }

    public string Sql { get; }

    public IReadOnlyList<string> Parameters { get; }
}
