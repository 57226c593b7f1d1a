using Azure.Storage.Blobs;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.AzureBlob;

namespace MeetingBot.Storage.Tests.AzureBlob;

/// <summary>The storage contract and the blob specifics, against a real blob service (Azurite).</summary>
public sealed class AzureBlobStorageTests : StorageContract, IAsyncLifetime
{
    private readonly BlobContainerClient _container = Azurite.NewContainer();

    public AzureBlobStorageTests() => Storage = new AzureBlobStorage(_container);

    protected override IStorage Storage { get; }

    [Fact]
    public async Task Container_MissingBeforeFirstWrite_IsCreatedByIt()
    {
        Assert.False((await _container.ExistsAsync()).Value);

        await Storage.WriteAsync("k", "{}", WriteCondition.IfAbsent);

        Assert.True((await _container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Container_MissingBeforeFirstRead_IsCreatedAndTheReadFindsNothing()
    {
        Assert.Null(await Storage.ReadAsync("k"));
        Assert.True((await _container.ExistsAsync()).Value);
    }

    [Theory]
    [InlineData("29:1abc/with:colons")]
    [InlineData("..")]
    [InlineData("19:abc@thread.tacv2;messageid=171")]
    public async Task Key_WithSeparatorsOrDots_IsOneBlobWhoseNameGivesTheKeyBack(string key)
    {
        await Storage.WriteAsync(key, "{\"k\":1}", WriteCondition.IfAbsent);

        var name = Assert.Single(await BlobNamesAsync());
        Assert.Equal(key, Uri.UnescapeDataString(name));
        Assert.Equal("{\"k\":1}", (await Storage.ReadAsync(key))!.Json);
    }

    [Fact]
    public async Task Keys_LongerThanTheNameLimit_RoundTripAsDistinctBlobs()
    {
        var first = new string('会', 600) + "/a";
        var second = new string('会', 600) + "/b";

        await Storage.WriteAsync(first, "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync(second, "{\"v\":2}", WriteCondition.IfAbsent);

        Assert.Equal("{\"v\":1}", (await Storage.ReadAsync(first))!.Json);
        Assert.Equal("{\"v\":2}", (await Storage.ReadAsync(second))!.Json);
        var names = await BlobNamesAsync();
        Assert.Equal(2, names.Count);
        Assert.All(names, name => Assert.InRange(name.Length, 1, BlobNames.MaxLength));
    }

    [Fact]
    public async Task Write_StoresTheJsonAsAJsonBlob()
    {
        await Storage.WriteAsync("meetings/m1", "{\"theme\":\"专题民主生活会\"}", WriteCondition.IfAbsent);

        var blob = (await _container.GetBlobClient(BlobNames.For("meetings/m1")).DownloadContentAsync()).Value;

        Assert.Equal("{\"theme\":\"专题民主生活会\"}", blob.Content.ToString());
        Assert.StartsWith("application/json", blob.Details.ContentType, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _container.DeleteIfExistsAsync();

    private async Task<List<string>> BlobNamesAsync()
    {
        var names = new List<string>();
        await foreach (var item in _container.GetBlobsAsync())
        {
            names.Add(item.Name);
        }

        return names;
    }
}
