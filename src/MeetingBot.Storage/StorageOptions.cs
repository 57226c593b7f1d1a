using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Postgres;
using MeetingBot.Storage.Sqlite;

namespace MeetingBot.Storage;

/// <summary>Section <c>Storage</c>: which provider keeps the bot's documents.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (the embedded default), <c>AzureBlob</c>, <c>Postgres</c> (shared by several instances) or <c>Memory</c> (tests only: lost on restart).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public AzureBlobStorageOptions AzureBlob { get; set; } = new();

    public PostgresStorageOptions Postgres { get; set; } = new();
}
