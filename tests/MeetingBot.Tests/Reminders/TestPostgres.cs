using Npgsql;

namespace MeetingBot.Tests.Reminders;

/// <summary>The throwaway PostgreSQL cluster that <c>scripts/test.sh</c> starts for the clustered job store's tests.</summary>
internal static class TestPostgres
{
    public const string ConnectionStringVariable = "MEETINGBOT_TEST_POSTGRES";

    public static string ConnectionString =>
        TestCommandServices.Required(ConnectionStringVariable, "PostgreSQL to run the clustered reminder job store on",
            "it starts a throwaway PostgreSQL on a free loopback port and sets the variable (or point it at a database you may create databases in, e.g. Host=127.0.0.1;Port=5432;Database=postgres;Username=postgres).");

    /// <summary>A database no other test uses (Quartz creates its tables in it at start-up); its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
