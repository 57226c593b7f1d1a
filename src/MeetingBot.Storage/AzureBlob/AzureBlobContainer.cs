using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>The container client that validated <c>Storage:AzureBlob</c> settings describe.</summary>
public static class AzureBlobContainer
{
    public static BlobContainerClient Connect(AzureBlobStorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.AddPolicy(new SendAttempts(), HttpPipelinePosition.PerRetry);
        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.AccountUrl!), Credential(options), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.ContainerName);
    }

    // A named user-assigned identity is asked directly, so a host with several identities never picks the wrong one.
    private static TokenCredential Credential(AzureBlobStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
