using MeetingBot.BotFramework.Storage;
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
        services.AddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Provider.ToUpperInvariant() switch
            {
                "MEMORY" => new MemoryStorage(),
                _ => new SqliteStorage(options.Sqlite.Path),
            };
        });
        return services;
    }
}
