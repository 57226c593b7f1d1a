namespace MeetingBot.Storage.AzureBlob;

/// <summary>
/// Section <c>Storage:AzureBlob</c> (and, for documents, <c>Documents:AzureBlob</c>). Set either <see cref="ConnectionString"/> (account key or SAS, and Azurite) or
/// <see cref="AccountUrl"/> (Entra ID: no secret in configuration).
/// </summary>
public sealed class AzureBlobStorageOptions
{
    public const string SectionName = "Storage:AzureBlob";
    public const string DefaultContainerName = "meetingbot";

    public string? ConnectionString { get; set; }

    /// <summary>e.g. <c>https://myaccount.blob.core.windows.net</c>; the credential comes from Azure.Identity.</summary>
    public string? AccountUrl { get; set; }

    /// <summary>
    /// With <see cref="AccountUrl"/>: the client id of a user-assigned managed identity. Unset, DefaultAzureCredential
    /// picks the credential (environment, workload identity, system-assigned managed identity, developer sign-in).
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Created on first use if missing.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;
}
