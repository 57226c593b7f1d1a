using MeetingBot.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace MeetingBot.Storage.Documents;

/// <summary>
/// Documents in PostgreSQL, one row per version with the content as <c>bytea</c>: with <see cref="PostgresStorage"/>
/// one database server is the whole shared state of several instances.
/// <para>
/// A put spools the content to a temporary file (length and hash known, and a retry can re-send it), then claims the
/// next number in one statement: <c>INSERT … SELECT max(version) + 1 … ON CONFLICT DO NOTHING</c>. The row appears
/// whole when the statement commits, so a reader never sees a partial version; of two puts racing for one number the
/// primary key lets one in and the other inserts nothing and tries again. A version is read into memory whole (bytea
/// is not streamed by the server); uploads are office documents of a few megabytes.
/// </para>
/// </summary>
public sealed class PostgresDocumentStore : IDocumentStore, IAsyncDisposable
{
    public const string DefaultTableName = "meetingbot_files";

    private static readonly string SpoolFolder = Path.Combine(Path.GetTempPath(), "meetingbot-spool");

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresTable _table;
    private readonly string _name;
    private readonly TimeProvider _time;

    public PostgresDocumentStore(PostgresStorageOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _name = options.TableName;
        _time = time ?? TimeProvider.System;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        _table = new PostgresTable(_dataSource, $"""
            CREATE TABLE IF NOT EXISTS {_name} (
                document_key text COLLATE "C" NOT NULL,
                version integer NOT NULL,
                file_name text NOT NULL,
                content_type text NOT NULL,
                length bigint NOT NULL,
                sha256 text NOT NULL,
                created_at timestamptz NOT NULL,
                content bytea NOT NULL,
                PRIMARY KEY (document_key, version)
            )
            """);
    }

    public async Task<StoredFile> PutAsync(string documentKey, Stream content, string contentType, string fileName, CancellationToken cancellationToken = default)
    {
        DocumentArguments.Check(documentKey, contentType, fileName);
        await _table.EnsureAsync(cancellationToken);
        await using var spooled = await SpooledContent.CreateAsync(content, SpoolFolder, cancellationToken);
        // The column keeps microseconds: the time handed back is the time read back.
        var now = _time.GetUtcNow().UtcDateTime;
        var createdAt = new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
        while (true)
        {
            await using var file = spooled.OpenRead();
            await using var command = _dataSource.CreateCommand(
                $"INSERT INTO {_name} (document_key, version, file_name, content_type, length, sha256, created_at, content) " +
                $"SELECT $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM {_name} WHERE document_key = $1 " +
                "ON CONFLICT DO NOTHING RETURNING version");
            command.Parameters.Add(new NpgsqlParameter { Value = documentKey });
            command.Parameters.Add(new NpgsqlParameter { Value = fileName });
            command.Parameters.Add(new NpgsqlParameter { Value = contentType });
            command.Parameters.Add(new NpgsqlParameter { Value = spooled.Length });
            command.Parameters.Add(new NpgsqlParameter { Value = spooled.Sha256 });
            command.Parameters.Add(new NpgsqlParameter { Value = createdAt, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            command.Parameters.Add(new NpgsqlParameter { Value = file, NpgsqlDbType = NpgsqlDbType.Bytea, Size = checked((int)spooled.Length) });
            if (await command.ExecuteScalarAsync(cancellationToken) is int version)
            {
                return new StoredFile(documentKey, version, fileName, contentType, spooled.Length, spooled.Sha256, createdAt);
            }

            // Another put took this number between our max() and our insert: the next statement sees it.
        }
    }

    public async Task<OpenedFile?> GetAsync(string documentKey, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(version is null
            ? $"SELECT version, file_name, content_type, length, sha256, created_at, content FROM {_name} WHERE document_key = $1 ORDER BY version DESC LIMIT 1"
            : $"SELECT version, file_name, content_type, length, sha256, created_at, content FROM {_name} WHERE document_key = $1 AND version = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = documentKey });
        if (version is { } wanted)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = wanted });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var content = await reader.GetFieldValueAsync<byte[]>(6, cancellationToken);
        return new OpenedFile(Describe(documentKey, reader), new MemoryStream(content, writable: false));
    }

    public async Task<IReadOnlyList<StoredFile>> ListVersionsAsync(string documentKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentKey);
        await _table.EnsureAsync(cancellationToken);
        await using var command = _dataSource.CreateCommand(
            $"SELECT version, file_name, content_type, length, sha256, created_at FROM {_name} WHERE document_key = $1 ORDER BY version");
        command.Parameters.Add(new NpgsqlParameter { Value = documentKey });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var files = new List<StoredFile>();
        while (await reader.ReadAsync(cancellationToken))
        {
            files.Add(Describe(documentKey, reader));
        }

        return files;
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static StoredFile Describe(string documentKey, NpgsqlDataReader reader) => new(
        documentKey,
        reader.GetInt32(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetString(4),
        new DateTimeOffset(reader.GetFieldValue<DateTime>(5).ToUniversalTime(), TimeSpan.Zero));
}
