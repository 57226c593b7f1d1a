using MeetingBot.Storage.Postgres;

namespace MeetingBot.Storage.Tests.Postgres;

public sealed class PostgresStorageOptionsValidatorTests
{
    [Fact]
    public void ConnectionStringAndDefaultTable_AreAccepted()
    {
        Assert.Null(PostgresStorageOptionsValidator.FindProblem(new PostgresStorageOptions { ConnectionString = "Host=db;Database=meetingbot;Username=bot" }));
    }

    [Fact]
    public void MissingConnectionString_NamesTheKey()
    {
        Assert.StartsWith("Storage:Postgres:ConnectionString must be set", PostgresStorageOptionsValidator.FindProblem(new PostgresStorageOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void UnparsableConnectionString_NamesTheKeyButNotItsValue()
    {
        var problem = PostgresStorageOptionsValidator.FindProblem(new PostgresStorageOptions { ConnectionString = "Host=db;Pasword=s3cret" });

        Assert.StartsWith("Storage:Postgres:ConnectionString", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ConnectionStringWithoutHost_NamesTheKey()
    {
        Assert.Equal(
            "Storage:Postgres:ConnectionString names no Host.",
            PostgresStorageOptionsValidator.FindProblem(new PostgresStorageOptions { ConnectionString = "Database=meetingbot" }));
    }

    [Theory]
    [InlineData("State")]
    [InlineData("state; drop table x")]
    [InlineData("")]
    [InlineData("1state")]
    public void TableNameThatNeedsQuoting_NamesTheKey(string table)
    {
        var problem = PostgresStorageOptionsValidator.FindProblem(
            new PostgresStorageOptions { ConnectionString = "Host=db", TableName = table }, "Documents:Postgres");

        Assert.StartsWith("Documents:Postgres:TableName", problem, StringComparison.Ordinal);
    }
}
