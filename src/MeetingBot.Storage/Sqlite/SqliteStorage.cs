using MeetingBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Each write is one statement whose WHERE clause is the
/// ETag condition, so the check and the write are atomic; a committed write survives the process being killed.
/// Keys are bound as parameters, so any text is a valid key. This process's writes to one file take turns on an
/// async gate: SQLite allows one writer at a time, and a writer that finds the lock taken is retried by the library
/// after sleeping a thread for 150 ms, which put a long tail on every turn under concurrent writes.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate;

    public SqliteStorage(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        OwnerOnlyFile.PrepareDatabase(full);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Path = full;
        _writeGate = WriteGates.GetOrAdd(full, _ => new SemaphoreSlim(1, 1));
        Initialise();
    }

    public string Path { get; }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT body, etag FROM documents WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        // The library runs a statement on the calling thread whichever API is used; the synchronous one skips the
        // task and the boxed arguments its asynchronous wrapper allocates on every read of every turn.
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredDocument(key, reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CASE WHEN etag = $known THEN NULL ELSE body END, etag FROM documents WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$known", knownETag);
        // Synchronous, as in ReadAsync: the asynchronous wrapper would only add allocations.
        using var reader = command.ExecuteReader();
        return await DocumentRows.ReadIfChangedAsync(reader, key, knownETag, cancellationToken);
    }

    /// <summary>Many keys in one statement per 500 (well under SQLite's limit of bound parameters).</summary>
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await OpenAsync(cancellationToken);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            await using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            command.CommandText = $"SELECT key, body, etag FROM documents WHERE key IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            foreach (var document in await DocumentRows.ReadAllAsync(reader, cancellationToken))
            {
                found[document.Key] = document;
            }
        }

        return found;
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var etag = $"\"{Guid.NewGuid():N}\"";
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = condition.Kind switch
        {
            WriteConditionKind.Any =>
                "INSERT INTO documents (key, body, etag, updated) VALUES ($key, $body, $etag, $updated) " +
                "ON CONFLICT(key) DO UPDATE SET body = excluded.body, etag = excluded.etag, updated = excluded.updated",
            WriteConditionKind.IfAbsent =>
                "INSERT INTO documents (key, body, etag, updated) VALUES ($key, $body, $etag, $updated) ON CONFLICT(key) DO NOTHING",
            _ => "UPDATE documents SET body = $body, etag = $etag, updated = $updated WHERE key = $key AND etag = $expected",
        };
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$body", json);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$updated", DateTime.UtcNow.ToString("O"));
        if (condition.Kind == WriteConditionKind.IfMatch)
        {
            command.Parameters.AddWithValue("$expected", condition.ETag);
        }

        var rows = await ExecuteWriteAsync(command, cancellationToken);
        return rows == 1 ? etag : throw new StorageConflictException(key, condition);
    }

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // The range uses the primary key; substr makes the match exact whatever characters the prefix holds.
        command.CommandText = "SELECT key, body, etag FROM documents WHERE key >= $prefix AND substr(key, 1, length($prefix)) = $prefix ORDER BY key";
        command.Parameters.AddWithValue("$prefix", prefix);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await DocumentRows.ReadAllAsync(reader, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (condition.Kind == WriteConditionKind.IfAbsent)
        {
            return await DocumentRows.DeleteIfAbsentAsync(this, key, condition, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = condition.Kind == WriteConditionKind.IfMatch
            ? "DELETE FROM documents WHERE key = $key AND etag = $expected"
            : "DELETE FROM documents WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        if (condition.Kind == WriteConditionKind.IfMatch)
        {
            command.Parameters.AddWithValue("$expected", condition.ETag);
        }

        var rows = await ExecuteWriteAsync(command, cancellationToken);
        if (rows == 0 && condition.Kind == WriteConditionKind.IfMatch)
        {
            throw new StorageConflictException(key, condition);
        }

        return rows > 0;
    }

    private async Task<int> ExecuteWriteAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Initialise()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL (a property of the file) lets readers run beside the writer. In WAL mode a committed transaction
        // survives the process being killed at any synchronous level; FULL, the library default on every pooled
        // connection, also survives power loss. The pragma below only restates it for this connection.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = FULL;
            CREATE TABLE IF NOT EXISTS documents (
                key TEXT NOT NULL PRIMARY KEY,
                body TEXT NOT NULL,
                etag TEXT NOT NULL,
                updated TEXT NOT NULL
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }
}
