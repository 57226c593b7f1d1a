namespace MeetingBot.Storage;

/// <summary>The values <c>Storage:Provider</c> accepts (compared ignoring case).</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string AzureBlob = "AzureBlob";
    public const string Postgres = "Postgres";
    public const string Memory = "Memory";

    public static readonly IReadOnlyList<string> All = [Sqlite, AzureBlob, Postgres, Memory];

    public static bool Is(string provider, string expected) => string.Equals(provider, expected, StringComparison.OrdinalIgnoreCase);
}
