namespace MeetingBot.Storage;

/// <summary>Section <c>Storage</c>: which provider keeps the bot's documents.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (the embedded default) or <c>Memory</c> (tests only: lost on restart).</summary>
    public string Provider { get; set; } = StorageProviders.Sqlite;

    public SqliteStorageOptions Sqlite { get; set; } = new();
}

public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string Memory = "Memory";

    public static readonly IReadOnlyList<string> All = [Sqlite, Memory];
}

/// <summary>Section <c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultPath = "data/meetingbot.db";

    /// <summary>The database file; a relative path is resolved against the working directory.</summary>
    public string Path { get; set; } = DefaultPath;
}
