namespace MeetingBot.Storage.Postgres;

/// <summary>
/// Section <c>Storage:Postgres</c> (and, for documents, <c>Documents:Postgres</c>): a PostgreSQL database shared by every
/// instance, for organisations without Azure. The tables are created on first use.
/// </summary>
public sealed class PostgresStorageOptions
{
    public const string SectionName = "Storage:Postgres";
    public const string DefaultTableName = "meetingbot_state";

    /// <summary>An Npgsql connection string, e.g. <c>Host=db;Database=meetingbot;Username=meetingbot;Password=…</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table that holds the documents: lowercase letters, digits and underscores.</summary>
    public string TableName { get; set; } = DefaultTableName;
}
