using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Tests.AzureBlob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AzureBlobProvider_WithConnectionString_StoresDocumentsInTheNamedContainer()
    {
        var container = Azurite.NewContainer();
        using var services = Build(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = Azurite.ConnectionString,
            ["Storage:AzureBlob:ContainerName"] = container.Name,
        });

        var storage = services.GetRequiredService<IStorage>();
        await storage.WriteAsync("29:1abc", "{}", WriteCondition.IfAbsent);

        Assert.IsType<AzureBlobStorage>(storage);
        Assert.True((await container.GetBlobClient(BlobNames.For("29:1abc")).ExistsAsync()).Value);
        await container.DeleteIfExistsAsync();
    }

    [Fact]
    public void AzureBlobProvider_WithoutConnectionSettings_FailsStartUpNamingTheKeys()
    {
        using var services = Build(new() { ["Storage:Provider"] = "AzureBlob" });

        // What the host runs at start-up for ValidateOnStart.
        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:AzureBlob:ConnectionString or Storage:AzureBlob:AccountUrl must be set", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MemoryProvider_GivesMemoryStorage()
    {
        using var services = Build(new() { ["Storage:Provider"] = "memory" });

        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMeetingBotStorage(configuration).BuildServiceProvider();
    }
}
