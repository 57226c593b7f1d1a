namespace MeetingBot.Storage.Sqlite;

/// <summary>Section <c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultPath = "data/meetingbot.db";

    /// <summary>The database file; a relative path is resolved against the working directory.</summary>
    public string Path { get; set; } = DefaultPath;
}
