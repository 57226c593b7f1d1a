using Azure.Core;
using Azure.Storage.Blobs;
using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Documents;
using MeetingBot.Storage.Tests.AzureBlob;

namespace MeetingBot.Storage.Tests.Documents;

/// <summary>The document store contract and the blob specifics, against a real blob service (Azurite).</summary>
public sealed class AzureBlobDocumentStoreTests : DocumentStoreContract, IAsyncLifetime
{
    private readonly BlobContainerClient _container = Azurite.NewContainer();

    public AzureBlobDocumentStoreTests() => Store = new AzureBlobDocumentStore(_container);

    protected override IDocumentStore Store { get; }

    [Fact]
    public async Task Versions_AreBlobsUnderTheKeysName_WithTypeAndFileNameAsProperties()
    {
        await PutAsync("meetings/m1:u1", [1], "对照检查材料.docx", Docx);
        await PutAsync("meetings/m1:u1", [2], "对照检查材料 v2.pdf", Pdf);

        var prefix = KeyNames.Encode("meetings/m1:u1", BlobNames.MaxLength) + "/";
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        Assert.Equal([prefix + "v1", prefix + "v2"], names.Order(StringComparer.Ordinal));
        var properties = (await _container.GetBlobClient(prefix + "v2").GetPropertiesAsync()).Value;
        Assert.Equal(Pdf, properties.ContentType);
        Assert.Equal("attachment; filename*=UTF-8''" + Uri.EscapeDataString("对照检查材料 v2.pdf"), properties.ContentDisposition);
        Assert.Equal("对照检查材料 v2.pdf", Uri.UnescapeDataString(properties.Metadata["filename"]));
    }

    [Fact]
    public async Task Put_WhenAnotherWriterCreatesItsVersionFirst_TakesTheNextNumber()
    {
        var name = $"test-{Guid.NewGuid():N}";
        var rival = new RacingWriterPolicy(Azurite.ConnectionString, name, "v1", [6, 6, 6]);
        var options = new BlobClientOptions();
        options.AddPolicy(rival, HttpPipelinePosition.PerCall);
        var container = new BlobContainerClient(Azurite.ConnectionString, name, options);
        var store = new AzureBlobDocumentStore(container);
        try
        {
            using var content = new MemoryStream([1, 2, 3]);
            var stored = await store.PutAsync("doc", content, Docx, "mine.docx");

            Assert.True(rival.Raced);
            Assert.Equal(2, stored.Version);
            await using var mine = await store.GetAsync("doc", 2);
            Assert.Equal([1, 2, 3], await ReadAllAsync(mine!.Content));
            await using var theirs = await store.GetAsync("doc", 1);
            Assert.Equal([6, 6, 6], await ReadAllAsync(theirs!.Content));
        }
        finally
        {
            await container.DeleteIfExistsAsync();
        }
    }

    [Fact]
    public async Task Container_MissingBeforeTheFirstPut_IsCreatedByIt()
    {
        Assert.False((await _container.ExistsAsync()).Value);

        await PutAsync("doc", [1]);

        Assert.True((await _container.ExistsAsync()).Value);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();
}
