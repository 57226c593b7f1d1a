using MeetingBot.Storage.AzureBlob;

namespace MeetingBot.Storage.Tests.AzureBlob;

public sealed class AzureBlobStorageOptionsValidatorTests
{
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public void AzureBlob_WithoutConnectionStringOrAccountUrl_FailsNamingBothKeys()
    {
        var message = Failure(new AzureBlobStorageOptions());

        Assert.Contains("Storage:AzureBlob:ConnectionString", message, StringComparison.Ordinal);
        Assert.Contains("Storage:AzureBlob:AccountUrl", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureBlob_WithConnectionStringAndAccountUrl_FailsNamingBothKeys()
    {
        var message = Failure(new AzureBlobStorageOptions { ConnectionString = Azurite, AccountUrl = "https://a.blob.core.windows.net" });

        Assert.Contains("Storage:AzureBlob:ConnectionString", message, StringComparison.Ordinal);
        Assert.Contains("Storage:AzureBlob:AccountUrl", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.blob.core.windows.net")]
    [InlineData("http://a.blob.core.windows.net")]
    public void AzureBlob_AccountUrlNotAbsoluteHttps_FailsNamingTheKey(string url)
    {
        var message = Failure(new AzureBlobStorageOptions { AccountUrl = url });

        Assert.Contains("Storage:AzureBlob:AccountUrl", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureBlob_ManagedIdentityWithConnectionString_FailsNamingTheKey()
    {
        var message = Failure(new AzureBlobStorageOptions { ConnectionString = Azurite, ManagedIdentityClientId = "00000000-0000-0000-0000-000000000001" });

        Assert.Contains("Storage:AzureBlob:ManagedIdentityClientId", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("MeetingBot")]
    [InlineData("-meetingbot")]
    [InlineData("meetingbot-")]
    [InlineData("meeting--bot")]
    [InlineData("meeting_bot")]
    [InlineData("a123456789b123456789c123456789d123456789e123456789f123456789g123")]
    public void AzureBlob_InvalidContainerName_FailsNamingTheKey(string container)
    {
        var message = Failure(new AzureBlobStorageOptions { ConnectionString = Azurite, ContainerName = container });

        Assert.Contains("Storage:AzureBlob:ContainerName", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Azurite, null, null, "meetingbot")]
    [InlineData(null, "https://a.blob.core.windows.net", null, "bot-state-1")]
    [InlineData(null, "https://a.blob.core.windows.net", "00000000-0000-0000-0000-000000000001", "abc")]
    public void AzureBlob_WorkableSettings_AreAccepted(string? connectionString, string? accountUrl, string? clientId, string container)
    {
        var result = Validate(new AzureBlobStorageOptions
        {
            ConnectionString = connectionString,
            AccountUrl = accountUrl,
            ManagedIdentityClientId = clientId,
            ContainerName = container,
        });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void OtherProvider_IgnoresTheAzureBlobSection()
    {
        var result = new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "Sqlite", AzureBlob = new() { ContainerName = "X" } });

        Assert.True(result.Succeeded);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(AzureBlobStorageOptions azureBlob) =>
        new StorageOptionsValidator().Validate(null, new StorageOptions { Provider = "azureblob", AzureBlob = azureBlob });

    private static string Failure(AzureBlobStorageOptions azureBlob)
    {
        var result = Validate(azureBlob);
        Assert.True(result.Failed);
        return result.FailureMessage;
    }
}
