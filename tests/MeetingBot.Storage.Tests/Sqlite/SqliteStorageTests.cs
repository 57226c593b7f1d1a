using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageTests : StorageContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("meetingbot-sqlite-").FullName;

    public SqliteStorageTests() => Storage = new SqliteStorage(Path.Combine(_folder, "nested", "bot.db"));

    protected override IStorage Storage { get; }

    [Fact]
    public async Task Documents_SurviveReopeningTheFile()
    {
        var path = Path.Combine(_folder, "reopen.db");
        var etag = await new SqliteStorage(path).WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);

        var read = await new SqliteStorage(path).ReadAsync("k");

        Assert.Equal(etag, read!.ETag);
    }

    [Fact]
    public void TheDatabase_IsInWalMode()
    {
        var path = Path.Combine(_folder, "wal.db");
        _ = new SqliteStorage(path);

        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
