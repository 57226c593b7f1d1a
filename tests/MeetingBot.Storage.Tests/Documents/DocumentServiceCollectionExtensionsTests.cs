using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Documents;
using MeetingBot.Storage.Tests.AzureBlob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Tests.Documents;

public sealed class DocumentServiceCollectionExtensionsTests
{
    [Fact]
    public async Task SqliteStorage_GivesAFileSystemStoreBesideTheDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-di-").FullName;
        using var services = Build(new() { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db") });

        var store = Assert.IsType<FileSystemDocumentStore>(services.GetRequiredService<IDocumentStore>());
        using var content = new MemoryStream([1]);
        await store.PutAsync("doc", content, "application/pdf", "a.pdf");

        Assert.Equal(Path.Combine(folder, "documents"), store.Root);
        Assert.True(Directory.Exists(Path.Combine(folder, "documents")));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task DocumentsOnAzureBlob_WithStoragesConnection_StoreInTheirOwnContainer()
    {
        var container = Azurite.NewContainer();
        using var services = Build(new()
        {
            ["Storage:Provider"] = "Memory",
            ["Storage:AzureBlob:ConnectionString"] = Azurite.ConnectionString,
            ["Documents:Provider"] = "AzureBlob",
            ["Documents:AzureBlob:ContainerName"] = container.Name,
        });

        var store = services.GetRequiredService<IDocumentStore>();
        using var content = new MemoryStream([1]);
        await store.PutAsync("29:1abc", content, "application/pdf", "a.pdf");

        Assert.IsType<AzureBlobDocumentStore>(store);
        Assert.True((await container.GetBlobClient(KeyNames.Encode("29:1abc", BlobNames.MaxLength) + "/v1").ExistsAsync()).Value);
        await container.DeleteIfExistsAsync();
    }

    [Fact]
    public void DocumentsOnAzureBlob_WithoutAnyConnection_FailStartUpNamingTheKeys()
    {
        using var services = Build(new() { ["Documents:Provider"] = "AzureBlob" });

        // What the host runs at start-up for ValidateOnStart.
        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Documents:AzureBlob:ConnectionString or Documents:AzureBlob:AccountUrl must be set", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMeetingBotDocuments(configuration).BuildServiceProvider();
    }
}
