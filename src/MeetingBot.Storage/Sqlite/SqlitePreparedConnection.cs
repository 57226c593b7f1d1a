using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// One open connection of a <see cref="SqliteStorage"/> with the statements it has prepared, kept for the storage's next
/// operation: the library prepares a command's statements once and reuses them while the command and connection live,
/// and its connection pool keeps neither. Used by one operation at a time.
/// </summary>
internal sealed class SqlitePreparedConnection : IDisposable
{
    private readonly SqliteCommand?[] _commands = new SqliteCommand?[SqliteStatement.Count];

    private SqlitePreparedConnection(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public static SqlitePreparedConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            return new SqlitePreparedConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The statement prepared on this connection, its parameters declared and waiting for values.</summary>
    public SqliteCommand Command(SqliteStatement statement)
    {
        var command = _commands[statement.Slot];
        if (command is null)
        {
            command = Connection.CreateCommand();
            command.CommandText = statement.Sql;
            foreach (var name in statement.Parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
            }

            command.Prepare();
            _commands[statement.Slot] = command;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command?.Dispose();
        }

        Connection.Dispose();
    }
}
