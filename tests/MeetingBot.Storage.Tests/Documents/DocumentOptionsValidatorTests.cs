using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Documents;

namespace MeetingBot.Storage.Tests.Documents;

public sealed class DocumentOptionsValidatorTests
{
    [Theory]
    [InlineData("FileSystem")]
    [InlineData("filesystem")]
    public void FileSystemWithAPath_IsAccepted(string provider)
    {
        var result = Validate(new DocumentOptions { Provider = provider, FileSystem = new FileSystemDocumentOptions { Path = "data/documents" } });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void UnknownProvider_FailsNamingTheKey()
    {
        var result = Validate(new DocumentOptions { Provider = "Memory", FileSystem = new FileSystemDocumentOptions { Path = "x" } });

        Assert.Contains("Documents:Provider is 'Memory'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void FileSystemWithoutAPath_FailsNamingTheKey()
    {
        var result = Validate(new DocumentOptions { Provider = DocumentProviders.FileSystem });

        Assert.Contains("Documents:FileSystem:Path", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureBlobWithoutConnection_FailsNamingTheDocumentsKeysAndWhereTheyDefaultFrom()
    {
        var result = Validate(new DocumentOptions { Provider = DocumentProviders.AzureBlob });

        Assert.Contains("Documents:AzureBlob:ConnectionString or Documents:AzureBlob:AccountUrl must be set", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Storage:AzureBlob", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureBlobWithABadContainerName_FailsNamingTheKey()
    {
        var result = Validate(new DocumentOptions
        {
            Provider = DocumentProviders.AzureBlob,
            AzureBlob = new AzureBlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = "Documents_2026" },
        });

        Assert.Contains("Documents:AzureBlob:ContainerName is 'Documents_2026'", result.FailureMessage, StringComparison.Ordinal);
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(DocumentOptions options) =>
        new DocumentOptionsValidator().Validate(null, options);
}
