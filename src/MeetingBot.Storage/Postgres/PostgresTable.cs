using Npgsql;

namespace MeetingBot.Storage.Postgres;

/// <summary>
/// Creates a table on first use, tolerating another caller or instance creating it at the same moment. Not cached on
/// failure: a server that was down at the first call is tried again at the next.
/// </summary>
internal sealed class PostgresTable(NpgsqlDataSource dataSource, string createStatement)
{
    // Two sessions running CREATE TABLE IF NOT EXISTS at once: one may fail on the catalogue's unique index, or find
    // the table's row type or the table itself created by the other after its own check.
    private const string UniqueViolation = "23505";
    private const string DuplicateObject = "42710";
    private const string DuplicateTable = "42P07";

    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        // Concurrent first calls may each run the statement: IF NOT EXISTS makes that harmless.
        for (var attempt = 0; !_ready; attempt++)
        {
            try
            {
                await using var command = dataSource.CreateCommand(createStatement);
                await command.ExecuteNonQueryAsync(cancellationToken);
                _ready = true;
            }
            catch (PostgresException ex) when (attempt < 3 && ex.SqlState is UniqueViolation or DuplicateObject or DuplicateTable)
            {
                // The other session's creation won; the next IF NOT EXISTS sees its table.
            }
        }
    }
}
