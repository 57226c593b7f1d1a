using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Documents;

/// <summary>Stops start-up with a message naming the key when the document settings (after <see cref="DocumentDefaults"/>) cannot work.</summary>
public sealed class DocumentOptionsValidator : IValidateOptions<DocumentOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentOptions options)
    {
        if (!DocumentProviders.All.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Documents:Provider is '{options.Provider}'; it must be one of {string.Join(", ", DocumentProviders.All)}, or unset to follow Storage:Provider.");
        }

        if (DocumentProviders.Is(options.Provider, DocumentProviders.FileSystem) && string.IsNullOrWhiteSpace(options.FileSystem.Path))
        {
            return ValidateOptionsResult.Fail("Documents:FileSystem:Path must name a folder.");
        }

        if (DocumentProviders.Is(options.Provider, DocumentProviders.AzureBlob)
            && AzureBlobStorageOptionsValidator.FindProblem(options.AzureBlob, DocumentOptions.AzureBlobSectionName) is { } problem)
        {
            return ValidateOptionsResult.Fail(
                $"{problem} (Documents:AzureBlob uses the connection settings of Storage:AzureBlob unless its own ConnectionString or AccountUrl is set.)");
        }

        if (DocumentProviders.Is(options.Provider, DocumentProviders.Postgres)
            && PostgresStorageOptionsValidator.FindProblem(options.Postgres, DocumentOptions.PostgresSectionName) is { } postgresProblem)
        {
            return ValidateOptionsResult.Fail(
                $"{postgresProblem} (Documents:Postgres uses the connection string of Storage:Postgres unless its own is set.)");
        }

        return ValidateOptionsResult.Success;
    }
}
