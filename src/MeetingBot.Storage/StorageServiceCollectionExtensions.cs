using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Postgres;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The <see cref="IStorage"/> chosen by <c>Storage:Provider</c>.</summary>
    public static IServiceCollection AddMeetingBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        // Instances that share a store also share the knowledge of which activities were handled (redeliveries may
        // reach the other instance); the embedded stores serve one instance, whose memory is enough.
        services.PostConfigure<BotFramework.Builder.AdapterOptions>(adapter => adapter.DeduplicateAcrossInstances ??=
            configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>()?.Provider is { } provider
            && (StorageProviders.Is(provider, StorageProviders.Postgres) || StorageProviders.Is(provider, StorageProviders.AzureBlob)));
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (StorageProviders.Is(options.Provider, StorageProviders.Memory))
            {
                return new MemoryStorage();
            }

            if (StorageProviders.Is(options.Provider, StorageProviders.Postgres))
            {
                return new PostgresStorage(options.Postgres);
            }

            return StorageProviders.Is(options.Provider, StorageProviders.AzureBlob)
                ? new AzureBlobStorage(AzureBlobContainer.Connect(options.AzureBlob))
                : new SqliteStorage(options.Sqlite.Path);
        });
        return services;
    }
}
