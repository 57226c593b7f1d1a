namespace MeetingBot.Storage.Documents;

/// <summary>The values <c>Documents:Provider</c> accepts (compared ignoring case).</summary>
public static class DocumentProviders
{
    public const string FileSystem = "FileSystem";
    public const string AzureBlob = "AzureBlob";
    public const string Postgres = "Postgres";

    public static readonly IReadOnlyList<string> All = [FileSystem, AzureBlob, Postgres];

    public static bool Is(string? provider, string expected) => string.Equals(provider, expected, StringComparison.OrdinalIgnoreCase);
}
