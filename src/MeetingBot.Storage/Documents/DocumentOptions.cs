using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Postgres;

namespace MeetingBot.Storage.Documents;

/// <summary>
/// Section <c>Documents</c>: where uploaded and generated files are kept. Unset values follow <c>Storage</c> (see
/// <see cref="DocumentDefaults"/>), so a deployment that configures its storage has documents beside it.
/// </summary>
public sealed class DocumentOptions
{
    public const string SectionName = "Documents";
    public const string AzureBlobSectionName = "Documents:AzureBlob";
    public const string DefaultContainerName = "documents";
    public const string PostgresSectionName = "Documents:Postgres";

    /// <summary><c>FileSystem</c> (also a folder shared by several instances), <c>AzureBlob</c> or <c>Postgres</c>; unset follows <c>Storage:Provider</c>.</summary>
    public string? Provider { get; set; }

    public FileSystemDocumentOptions FileSystem { get; set; } = new();

    /// <summary>Its own container; the connection settings are <c>Storage:AzureBlob</c>'s unless set here.</summary>
    public AzureBlobStorageOptions AzureBlob { get; set; } = new() { ContainerName = DefaultContainerName };

    /// <summary>Its own table; the connection string is <c>Storage:Postgres</c>'s unless set here.</summary>
    public PostgresStorageOptions Postgres { get; set; } = new() { TableName = PostgresDocumentStore.DefaultTableName };
}
