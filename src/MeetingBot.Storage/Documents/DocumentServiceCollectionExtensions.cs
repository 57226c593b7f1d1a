using System.Runtime.CompilerServices;
using MeetingBot.Storage.AzureBlob;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Documents;

public static class DocumentServiceCollectionExtensions
{
    /// <summary>The <see cref="IDocumentStore"/> chosen by <c>Documents:Provider</c>, or by <c>Storage:Provider</c> when unset.</summary>
    public static IServiceCollection AddMeetingBotDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DocumentOptions>()
            .Bind(configuration.GetSection(DocumentOptions.SectionName))
            .PostConfigure(documents => DocumentDefaults.Apply(
                documents, configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions()))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentOptions>, DocumentOptionsValidator>();
        services.AddSingleton<IDocumentStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DocumentOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            if (DocumentProviders.Is(options.Provider, DocumentProviders.Postgres))
            {
                return Postgres(options, time);
            }

            return DocumentProviders.Is(options.Provider, DocumentProviders.AzureBlob)
                ? AzureBlob(options, time)
                : new FileSystemDocumentStore(options.FileSystem.Path!, time);
        });
        return services;
    }

    // As for the conversation store (StorageServiceCollectionExtensions): the providers the default configuration
    // does not use are built in methods of their own, so their assemblies are loaded only when configured.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PostgresDocumentStore Postgres(DocumentOptions options, TimeProvider time) => new(options.Postgres, time);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AzureBlobDocumentStore AzureBlob(DocumentOptions options, TimeProvider time) =>
        new(AzureBlobContainer.Connect(options.AzureBlob), time);
}
