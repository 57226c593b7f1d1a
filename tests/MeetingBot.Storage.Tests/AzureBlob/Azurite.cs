using Azure.Storage.Blobs;

namespace MeetingBot.Storage.Tests.AzureBlob;

/// <summary>The Azurite blob service that <c>scripts/test.sh</c> starts for these tests.</summary>
internal static class Azurite
{
    public const string ConnectionStringVariable = "AZURITE_BLOB_CONNECTION_STRING";

    // Missing means the tests were run outside the test command: fail loudly rather than skip, so a green run always
    // includes the Azure Blob provider.
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set, so there is no Azurite to test the Azure Blob provider against. " +
                "Run `bash scripts/test.sh`: it starts Azurite on a free port and sets the variable.");

    /// <summary>A container no other test uses (tests run in parallel and each expects an empty store); not yet created.</summary>
    public static BlobContainerClient NewContainer() => new(ConnectionString, $"test-{Guid.NewGuid():N}");
}
