using System.Runtime.CompilerServices;
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
                return Postgres(options);
            }

            return StorageProviders.Is(options.Provider, StorageProviders.AzureBlob)
                ? AzureBlob(options)
                : new SqliteStorage(options.Sqlite.Path);
        });
        return services;
    }

    // Each provider is built in a method of its own: compiling the factory above then loads neither Npgsql nor the
    // Azure SDK, which the default SQLite store never uses (0.8 and 0.9 MB of mapped assembly, and their types;
    // tests/bench/RESULTS.md, "resident memory"). NoInlining keeps a later recompilation from pulling them back in.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PostgresStorage Postgres(StorageOptions options) => new(options.Postgres);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AzureBlobStorage AzureBlob(StorageOptions options) => new(AzureBlobContainer.Connect(options.AzureBlob));
}
