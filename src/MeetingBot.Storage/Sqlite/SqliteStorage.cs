using MeetingBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The embedded default: one SQLite file in WAL mode. Each write is one statement whose WHERE clause is the
/// ETag condition, so the check and the write are atomic; a committed write survives the process being killed.
/// Keys are bound as parameters, so any text is a valid key. This process's writes to one file take turns on an
/// async gate: SQLite allows one writer at a time, and a writer that finds the lock taken is retried by the library
/// after sleeping a thread for 150 ms, which put a long tail on every turn under concurrent writes.
/// Each operation borrows one of this storage's open connections (<see cref="SqlitePreparedConnection"/>) with its
/// statements already prepared: no pooled open (a lock) and no <c>sqlite3_prepare</c> per operation.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    // A few more than turns run at once on a small host; a burst beyond them opens connections and closes them again.
    private const int IdleConnectionsKept = 8;

    // As long as the library's DefaultTimeout below: how long a statement waits for another process's write lock.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate;
    private readonly System.Collections.Concurrent.ConcurrentQueue<SqlitePreparedConnection> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

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

    // Reads run on the calling thread whichever API is used (the library's asynchronous one is synchronous underneath,
    // plus a task and boxed arguments), so they are synchronous here and hand back a completed task.
    public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = Rent();
        try
        {
            var row = connection.Query(SqliteStatement.Read, key);
            try
            {
                return Task.FromResult(connection.Next(row)
                    ? new StoredDocument(key, SqlitePreparedConnection.Text(row, 0)!, SqlitePreparedConnection.Text(row, 1)!)
                    : null);
            }
            finally
            {
                SqlitePreparedConnection.Done(row);
            }
        }
        finally
        {
            Return(connection);
        }
    }

    public Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = Rent();
        try
        {
            var row = connection.Query(SqliteStatement.ReadIfChanged, key, knownETag);
            try
            {
                if (!connection.Next(row))
                {
                    return Task.FromResult(RecheckedDocument.Now(null));
                }

                var body = SqlitePreparedConnection.Text(row, 0);
                var etag = SqlitePreparedConnection.Text(row, 1)!;
                return Task.FromResult(body is null && etag == knownETag
                    ? RecheckedDocument.Same
                    : RecheckedDocument.Now(new StoredDocument(key, body!, etag)));
            }
            finally
            {
                SqlitePreparedConnection.Done(row);
            }
        }
        finally
        {
            Return(connection);
        }
    }

    /// <summary>Many keys in one statement per 500 (well under SQLite's limit of bound parameters).</summary>
    public Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(found);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var connection = Rent();
        try
        {
            foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                ReadChunk(connection.Connection, chunk, found);
            }
        }
        finally
        {
            Return(connection);
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoredDocument>>(found);
    }

    // The key list changes with every call, so this statement is prepared per call and not kept.
    private static void ReadChunk(SqliteConnection connection, string[] chunk, Dictionary<string, StoredDocument> found)
    {
        using var command = connection.CreateCommand();
        var names = new string[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            names[i] = "$k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], chunk[i]);
        }

        command.CommandText = $"SELECT key, body, etag FROM documents WHERE key IN ({string.Join(", ", names)})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            found[reader.GetString(0)] = new StoredDocument(reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        var etag = DocumentChange.NewTag();
        var updated = DateTime.UtcNow.ToString("O");
        var rows = await ExecuteWriteAsync(WriteStatement(condition), key, json, etag, updated, ExpectedETag(condition), cancellationToken);
        return rows == 1 ? etag : throw new StorageConflictException(key, condition);
    }

    public bool WritesAllOrNone => true;

    /// <summary>
    /// The changes in one transaction on one connection, each the statement its lone write would be: a statement that
    /// finds its condition unmet rolls the whole transaction back. One commit, so one sync of the log for the lot.
    /// </summary>
    public async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        var etags = new string?[changes.Count];
        if (changes.Count == 0)
        {
            return etags;
        }

        var updated = DateTime.UtcNow.ToString("O");
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = Rent();
            var open = false;
            var kept = true;
            try
            {
                // One change is one statement, atomic on its own: no transaction around it.
                if (changes.Count > 1)
                {
                    connection.Execute(SqliteStatement.Begin);
                    open = true;
                }

                for (var i = 0; i < changes.Count; i++)
                {
                    var change = changes[i];
                    if (!Apply(connection, change, updated))
                    {
                        throw new StorageConflictException(change.Key, change.Condition);
                    }

                    etags[i] = change.IsDelete ? null : change.NewETag;
                }

                if (open)
                {
                    connection.Execute(SqliteStatement.Commit);
                    open = false;
                }
            }
            catch
            {
                if (open && !TryRollBack(connection))
                {
                    // Still inside its transaction: such a connection must not serve another operation.
                    kept = false;
                    connection.Dispose();
                }

                throw;
            }
            finally
            {
                if (kept)
                {
                    Return(connection);
                }
            }
        }
        finally
        {
            _writeGate.Release();
        }

        return etags;
    }

    // One change inside the open transaction; false when its condition is not met.
    private static bool Apply(SqlitePreparedConnection connection, DocumentChange change, string updated)
    {
        var condition = change.Condition;
        if (change.IsDelete)
        {
            return condition.Kind switch
            {
                WriteConditionKind.Any => connection.Execute(SqliteStatement.Delete, change.Key) >= 0,
                WriteConditionKind.IfMatch => connection.Execute(SqliteStatement.DeleteIfMatch, change.Key, condition.ETag!) == 1,
                _ => throw DocumentChange.AbsentDelete(change),
            };
        }

        var etag = change.NewETag ?? throw new ArgumentException($"The change of '{change.Key}' names no ETag.", nameof(change));
        var rows = condition.Kind == WriteConditionKind.IfMatch
            ? connection.Execute(SqliteStatement.UpdateIfMatch, change.Key, change.Json!, etag, updated, condition.ETag!)
            : connection.Execute(WriteStatement(condition), change.Key, change.Json!, etag, updated);
        return rows == 1;
    }

    private static bool TryRollBack(SqlitePreparedConnection connection)
    {
        try
        {
            connection.Execute(SqliteStatement.Rollback);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private static SqliteStatement WriteStatement(WriteCondition condition) => condition.Kind switch
    {
        WriteConditionKind.Any => SqliteStatement.Upsert,
        WriteConditionKind.IfAbsent => SqliteStatement.InsertIfAbsent,
        _ => SqliteStatement.UpdateIfMatch,
    };

    private static string? ExpectedETag(WriteCondition condition) => condition.Kind == WriteConditionKind.IfMatch ? condition.ETag : null;

    public Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = Rent();
        try
        {
            var rows = connection.Query(SqliteStatement.List, prefix);
            try
            {
                var found = new List<StoredDocument>();
                while (connection.Next(rows))
                {
                    found.Add(new StoredDocument(SqlitePreparedConnection.Text(rows, 0)!, SqlitePreparedConnection.Text(rows, 1)!, SqlitePreparedConnection.Text(rows, 2)!));
                }

                return Task.FromResult<IReadOnlyList<StoredDocument>>(found);
            }
            finally
            {
                SqlitePreparedConnection.Done(rows);
            }
        }
        finally
        {
            Return(connection);
        }
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (condition.Kind == WriteConditionKind.IfAbsent)
        {
            return await DocumentRows.DeleteIfAbsentAsync(this, key, condition, cancellationToken);
        }

        var rows = condition.Kind == WriteConditionKind.IfMatch
            ? await ExecuteWriteAsync(SqliteStatement.DeleteIfMatch, key, null, null, null, condition.ETag, cancellationToken)
            : await ExecuteWriteAsync(SqliteStatement.Delete, key, null, null, null, null, cancellationToken);
        if (rows == 0 && condition.Kind == WriteConditionKind.IfMatch)
        {
            throw new StorageConflictException(key, condition);
        }

        return rows > 0;
    }

    /// <summary>
    /// One write statement, its parameters bound by position in the order <see cref="SqliteStatement"/> declares
    /// (key, body, etag, updated, expected; absent ones are not in the statement). The gate is taken before a connection
    /// is borrowed, so writers queued behind it hold none.
    /// </summary>
    private async Task<int> ExecuteWriteAsync(SqliteStatement statement, string key, string? body, string? etag, string? updated, string? expected, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = Rent();
            try
            {
                return body is null
                    ? connection.Execute(statement, key, expected)
                    : connection.Execute(statement, key, body, etag, updated, expected);
            }
            finally
            {
                Return(connection);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private SqlitePreparedConnection Rent()
    {
        if (_idle.TryDequeue(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            return connection;
        }

        return SqlitePreparedConnection.Open(_connectionString, BusyTimeoutMilliseconds);
    }

    /// <summary>
    /// Closes the connections this storage keeps (the host disposes its singleton on shutdown); one borrowed at that
    /// moment is closed when it comes back. The storage stays usable: a later operation opens a connection again.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryDequeue(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
        }
    }

    private void Return(SqlitePreparedConnection connection)
    {
        if (!_disposed)
        {
            if (Interlocked.Increment(ref _idleCount) <= IdleConnectionsKept)
            {
                _idle.Enqueue(connection);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        connection.Dispose();
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
