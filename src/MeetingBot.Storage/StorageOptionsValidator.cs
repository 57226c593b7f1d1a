using MeetingBot.Storage.AzureBlob;
using MeetingBot.Storage.Postgres;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

/// <summary>Stops start-up with a message naming the key when the storage settings cannot work.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!StorageProviders.All.Contains(options.Provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is '{options.Provider}'; it must be one of {string.Join(", ", StorageProviders.All)}.");
        }

        if (StorageProviders.Is(options.Provider, StorageProviders.Sqlite) && string.IsNullOrWhiteSpace(options.Sqlite.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Sqlite:Path must name the database file.");
        }

        if (StorageProviders.Is(options.Provider, StorageProviders.AzureBlob)
            && AzureBlobStorageOptionsValidator.FindProblem(options.AzureBlob) is { } problem)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        if (StorageProviders.Is(options.Provider, StorageProviders.Postgres)
            && PostgresStorageOptionsValidator.FindProblem(options.Postgres) is { } postgresProblem)
        {
            return ValidateOptionsResult.Fail(postgresProblem);
        }

        return ValidateOptionsResult.Success;
    }
}
