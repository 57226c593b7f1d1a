using System.Text.RegularExpressions;

namespace MeetingBot.Storage.AzureBlob;

/// <summary>Finds the first Azure Blob connection setting that cannot work, in words that name its key.</summary>
public static partial class AzureBlobStorageOptionsValidator
{
    /// <param name="section">Where the settings were read from, for the message: <c>Storage:AzureBlob</c> or <c>Documents:AzureBlob</c>.</param>
    /// <returns>Why the settings cannot work, or null when they can.</returns>
    public static string? FindProblem(AzureBlobStorageOptions options, string section = AzureBlobStorageOptions.SectionName)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasAccountUrl = !string.IsNullOrWhiteSpace(options.AccountUrl);
        if (hasConnectionString == hasAccountUrl)
        {
            return hasConnectionString
                ? $"Set only one of {section}:ConnectionString and {section}:AccountUrl."
                : $"{section}:ConnectionString or {section}:AccountUrl must be set.";
        }

        // Azure.Core refuses to send a bearer token over plain http, so an http account URL would fail on every call.
        if (hasAccountUrl
            && !(Uri.TryCreate(options.AccountUrl, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps))
        {
            return $"{section}:AccountUrl is '{options.AccountUrl}'; it must be an absolute https URL such as https://myaccount.blob.core.windows.net.";
        }

        if (hasConnectionString && !string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            return $"{section}:ManagedIdentityClientId applies only with {section}:AccountUrl; a connection string carries its own credential.";
        }

        if (options.ContainerName is null || !ContainerNamePattern().IsMatch(options.ContainerName))
        {
            return $"{section}:ContainerName is '{options.ContainerName}'; it must be 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.";
        }

        return null;
    }

    // The service's rule for container names.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerNamePattern();
}
