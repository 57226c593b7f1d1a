using MeetingBot.Storage.Postgres;
using Npgsql;

namespace MeetingBot.Storage.Tests.Postgres;

/// <summary>The throwaway PostgreSQL cluster that <c>scripts/test.sh</c> starts (as for the clustered reminder job store).</summary>
internal static class TestPostgres
{
    public const string ConnectionStringVariable = "MEETINGBOT_TEST_POSTGRES";

    public static string ConnectionString =>
        TestCommandServices.Required(ConnectionStringVariable, "PostgreSQL to test the PostgreSQL provider against",
            "it starts a throwaway PostgreSQL on a free loopback port and sets the variable (or start one with scripts/start-postgres.sh and set Host=127.0.0.1;Port=…;Database=meetingbot_test;Username=…).");

    /// <summary>Settings for a table no other test uses (tests run in parallel and each expects an empty store).</summary>
    public static PostgresStorageOptions NewTable(string prefix) => new()
    {
        ConnectionString = ConnectionString,
        TableName = $"{prefix}_{Guid.NewGuid():N}",
    };

    public static async Task DropAsync(PostgresStorageOptions options)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS {options.TableName}", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
