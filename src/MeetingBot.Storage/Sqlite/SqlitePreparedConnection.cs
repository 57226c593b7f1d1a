using System.Buffers;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// One open connection of a <see cref="SqliteStorage"/> with the statements it has prepared, kept for the storage's next
/// operation. The fixed statements are run on the engine's own API (the library's command binds each parameter by name,
/// a name lookup and a UTF-8 copy of the name every time, and wraps every step in a reader and a binder object): bound by
/// position from a pooled buffer, stepped, reset. Used by one operation at a time.
/// </summary>
internal sealed class SqlitePreparedConnection : IDisposable
{
    private readonly sqlite3_stmt?[] _statements = new sqlite3_stmt?[SqliteStatement.Count];

    // Each statement's parameters, in the order the storage passes values, as the engine numbers them (by first
    // appearance in the text: UPDATE … SET body = $body … WHERE key = $key numbers the key after the body).
    private readonly int[][] _positions = new int[SqliteStatement.Count][];

    private SqlitePreparedConnection(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    private sqlite3 Handle => Connection.Handle!;

    public static SqlitePreparedConnection Open(string connectionString, int busyTimeoutMilliseconds)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // The library retries a busy statement itself; statements run here get the engine's wait for the same time.
            raw.sqlite3_busy_timeout(connection.Handle, busyTimeoutMilliseconds);
            return new SqlitePreparedConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Runs a statement that returns no rows; the number of rows it changed.</summary>
    public int Execute(SqliteStatement statement, params ReadOnlySpan<string?> values)
    {
        var stmt = Bind(statement, values);
        try
        {
            var rc = raw.sqlite3_step(stmt);
            while (rc == raw.SQLITE_ROW)
            {
                rc = raw.sqlite3_step(stmt);
            }

            Check(rc);
            return raw.sqlite3_changes(Handle);
        }
        finally
        {
            Done(stmt);
        }
    }

    /// <summary>Starts a query: step it with <see cref="Next"/>, read its columns with <see cref="Text"/>, end it with <see cref="Done"/>.</summary>
    public sqlite3_stmt Query(SqliteStatement statement, params ReadOnlySpan<string?> values) => Bind(statement, values);

    /// <summary>True while the query has a row to read.</summary>
    public bool Next(sqlite3_stmt stmt)
    {
        var rc = raw.sqlite3_step(stmt);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        Check(rc);
        return false;
    }

    /// <summary>A text column of the current row; null when it is SQL NULL.</summary>
    public static string? Text(sqlite3_stmt stmt, int column) =>
        raw.sqlite3_column_type(stmt, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(stmt, column).utf8_to_string();

    /// <summary>Resets the statement for its next use (ending a read transaction it holds) and lets go of its values.</summary>
    public static void Done(sqlite3_stmt stmt)
    {
        raw.sqlite3_reset(stmt);
        raw.sqlite3_clear_bindings(stmt);
    }

    public void Dispose()
    {
        // Finalised before the connection goes back to the library's pool, which would otherwise keep them open on it.
        foreach (var stmt in _statements)
        {
            stmt?.Dispose();
        }

        Connection.Dispose();
    }

    private sqlite3_stmt Bind(SqliteStatement statement, ReadOnlySpan<string?> values)
    {
        var stmt = _statements[statement.Slot] ?? Prepare(statement);
        var positions = _positions[statement.Slot];
        for (var i = 0; i < values.Length && i < positions.Length; i++)
        {
            if (values[i] is { } value)
            {
                BindText(stmt, positions[i], value);
            }
        }

        return stmt;
    }

    // Apart from Bind, whose every call would otherwise allocate the closure over the new statement.
    private sqlite3_stmt Prepare(SqliteStatement statement)
    {
        Check(raw.sqlite3_prepare_v2(Handle, statement.Sql, out var stmt));
        _positions[statement.Slot] = [.. statement.Parameters.Select(name => raw.sqlite3_bind_parameter_index(stmt, name))];
        _statements[statement.Slot] = stmt;
        return stmt;
    }

    private void BindText(sqlite3_stmt stmt, int position, string value)
    {
        int rc;
        if (value.Length == 0)
        {
            // An empty span would be bound from a null pointer, which SQLite stores as NULL.
            rc = raw.sqlite3_bind_text(stmt, position, string.Empty);
        }
        else
        {
            // SQLite copies the text (SQLITE_TRANSIENT), so the UTF-8 can live in a pooled buffer.
            var buffer = ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(value.Length));
            try
            {
                var length = System.Text.Encoding.UTF8.GetBytes(value, buffer);
                rc = raw.sqlite3_bind_text(stmt, position, buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (rc != raw.SQLITE_OK)
        {
            Done(stmt);
            Check(rc);
        }
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, Handle);
        }
    }
}
