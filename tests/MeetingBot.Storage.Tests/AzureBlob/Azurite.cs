using Azure.Storage.Blobs;

namespace MeetingBot.Storage.Tests.AzureBlob;

/// <summary>The Azurite blob service that <c>scripts/test.sh</c> starts for these tests.</summary>
internal static class Azurite
{
    public const string ConnectionStringVariable = "AZURITE_BLOB_CONNECTION_STRING";

    public static string ConnectionString =>
        TestCommandServices.Required(ConnectionStringVariable, "Azurite to test the Azure Blob provider against",
            "it starts Azurite on a free port and sets the variable.");

    /// <summary>A container no other test uses (tests run in parallel and each expects an empty store); not yet created.</summary>
    public static BlobContainerClient NewContainer() => new(ConnectionString, $"test-{Guid.NewGuid():N}");
}
