using MeetingBot.BotFramework.Storage;
using Npgsql;

namespace MeetingBot.Storage.Postgres;

/// <summary>
/// Shared state for several instances without Azure: one row per document in a PostgreSQL table. As with SQLite,
/// each write is one statement whose WHERE clause (or ON CONFLICT) is the ETag condition, so the check and the write
/// are atomic on the server whichever instance sends them. Keys are bound as parameters, so any text is a valid key;
/// the key column compares bytewise (<c>COLLATE "C"</c>) so that listing by prefix and key order do not depend on the
/// database's locale. Bodies are <c>text</c>, not <c>jsonb</c>, so a document reads back exactly as written.
/// </summary>
public sealed class PostgresStorage : IStorage, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresTable _table;
    private readonly string _name;

    public PostgresStorage(PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _name = options.TableName;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        _table = new PostgresTable(_dataSource, $"""
            CREATE TABLE IF NOT EXISTS {_name} (
                key text COLLATE "C" NOT NULL PRIMARY KEY,
                body text NOT NULL,
                etag text NOT NULL,
                updated timestamptz NOT NULL DEFAULT now()
            )
            """);
    }

    public async Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT body, etag FROM {_name} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await DocumentRows.ReadOneAsync(reader, key, cancellationToken);
    }

    public async Task<RecheckedDocument> ReadIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT CASE WHEN etag = $2 THEN NULL ELSE body END, etag FROM {_name} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = knownETag });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await DocumentRows.ReadIfChangedAsync(reader, key, knownETag, cancellationToken);
    }

    /// <summary>Many keys in one statement (an array parameter).</summary>
    public async Task<IReadOnlyDictionary<string, StoredDocument>> ReadManyAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, StoredDocument>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand($"SELECT key, body, etag FROM {_name} WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = keys.Distinct(StringComparer.Ordinal).ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        foreach (var document in await DocumentRows.ReadAllAsync(reader, cancellationToken))
        {
            found[document.Key] = document;
        }

        return found;
    }

    public async Task<string> WriteAsync(string key, string json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        await _table.EnsureAsync(cancellationToken);
        var etag = DocumentChange.NewTag();
        await using var command = _dataSource.CreateCommand(WriteSql(condition));
        command.Parameters.AddRange(WriteParameters(key, json, etag, condition));
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        return rows == 1 ? etag : throw new StorageConflictException(key, condition);
    }

    // The write's condition is in its statement (WHERE or ON CONFLICT): the check and the write are atomic on the server.
    private string WriteSql(WriteCondition condition) => condition.Kind switch
    {
        WriteConditionKind.Any =>
            $"INSERT INTO {_name} (key, body, etag, updated) VALUES ($1, $2, $3, now()) " +
            "ON CONFLICT (key) DO UPDATE SET body = excluded.body, etag = excluded.etag, updated = excluded.updated",
        WriteConditionKind.IfAbsent =>
            $"INSERT INTO {_name} (key, body, etag, updated) VALUES ($1, $2, $3, now()) ON CONFLICT (key) DO NOTHING",
        _ => $"UPDATE {_name} SET body = $2, etag = $3, updated = now() WHERE key = $1 AND etag = $4",
    };

    private static NpgsqlParameter[] WriteParameters(string key, string json, string etag, WriteCondition condition) =>
        condition.Kind == WriteConditionKind.IfMatch
            ? [new() { Value = key }, new() { Value = json }, new() { Value = etag }, new() { Value = condition.ETag }]
            : [new() { Value = key }, new() { Value = json }, new() { Value = etag }];

    public async Task<IReadOnlyList<StoredDocument>> ListAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await _table.EnsureAsync(cancellationToken);
        // The range uses the primary key; left() makes the match exact whatever characters the prefix holds (LIKE
        // would treat % and _ as wildcards).
        await using var command = _dataSource.CreateCommand(
            $"SELECT key, body, etag FROM {_name} WHERE key >= $1 AND left(key, char_length($1)) = $1 ORDER BY key");
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await DocumentRows.ReadAllAsync(reader, cancellationToken);
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        if (condition.Kind == WriteConditionKind.IfAbsent)
        {
            return await DocumentRows.DeleteIfAbsentAsync(this, key, condition, cancellationToken);
        }

        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(condition.Kind == WriteConditionKind.IfMatch
            ? $"DELETE FROM {_name} WHERE key = $1 AND etag = $2"
            : $"DELETE FROM {_name} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        if (condition.Kind == WriteConditionKind.IfMatch)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = condition.ETag });
        }

        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        if (rows == 0 && condition.Kind == WriteConditionKind.IfMatch)
        {
            throw new StorageConflictException(key, condition);
        }

        return rows > 0;
    }

    public bool WritesAllOrNone => true;

    /// <summary>
    /// The changes as one batch inside one transaction (two round trips: the batch, then the commit or rollback); a
    /// statement that finds its condition unmet (no row affected) rolls everything back.
    /// </summary>
    public async Task<IReadOnlyList<string?>> WriteAllAsync(IReadOnlyList<DocumentChange> changes, CancellationToken cancellationToken = default)
    {
        var etags = new string?[changes.Count];
        if (changes.Count == 0)
        {
            return etags;
        }

        await _table.EnsureAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var change in changes)
        {
            batch.BatchCommands.Add(CommandFor(change));
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            var rows = batch.BatchCommands[i].RecordsAffected;
            // A delete with no condition may find nothing; every other change must touch its one row.
            if (rows != 1 && !(change.IsDelete && change.Condition.Kind == WriteConditionKind.Any))
            {
                await transaction.RollbackAsync(cancellationToken);
                throw new StorageConflictException(change.Key, change.Condition);
            }

            etags[i] = change.IsDelete ? null : change.NewETag;
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    private NpgsqlBatchCommand CommandFor(DocumentChange change)
    {
        var condition = change.Condition;
        if (!change.IsDelete)
        {
            var etag = change.NewETag ?? throw new ArgumentException($"The change of '{change.Key}' names no ETag.", nameof(change));
            var write = new NpgsqlBatchCommand(WriteSql(condition));
            write.Parameters.AddRange(WriteParameters(change.Key, change.Json!, etag, condition));
            return write;
        }

        var delete = new NpgsqlBatchCommand(condition.Kind switch
        {
            WriteConditionKind.Any => $"DELETE FROM {_name} WHERE key = $1",
            WriteConditionKind.IfMatch => $"DELETE FROM {_name} WHERE key = $1 AND etag = $2",
            _ => throw DocumentChange.AbsentDelete(change),
        });
        delete.Parameters.Add(new NpgsqlParameter { Value = change.Key });
        if (condition.Kind == WriteConditionKind.IfMatch)
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = condition.ETag });
        }

        return delete;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
