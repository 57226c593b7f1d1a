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

        if (string.Equals(options.Provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.Sqlite.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Sqlite:Path must name the database file.");
        }

        return ValidateOptionsResult.Success;
    }
}
