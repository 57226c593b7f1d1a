using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("memory")]
    public void KnownProviders_AreAccepted(string provider)
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = provider });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void UnknownProvider_FailsNamingTheKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Cassandra" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Provider", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SqliteWithoutPath_FailsNamingTheKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Sqlite = new SqliteStorageOptions { Path = " " } });

        Assert.Contains("Storage:Sqlite:Path", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithoutConnectionString_FailsNamingTheKey()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Postgres" });

        Assert.True(result.Failed);
        Assert.Contains("Storage:Postgres:ConnectionString", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void PostgresWithConnectionString_IsAccepted()
    {
        var storage = new StorageOptions { Provider = "postgres" };
        storage.Postgres.ConnectionString = "Host=db;Database=meetingbot;Username=bot";

        Assert.True(new StorageOptionsValidator().Validate(null, storage).Succeeded);
    }
}
