using Microsoft.Extensions.Options;

namespace MeetingBot.Documents.Links;

/// <summary>Stops start-up with a message naming the key when the link settings cannot work.</summary>
public sealed class DocumentLinkOptionsValidator : IValidateOptions<DocumentLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentLinkOptions options)
    {
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment))
        {
            return ValidateOptionsResult.Fail(
                $"{DocumentLinkOptions.SectionName}:PublicBaseUrl is '{options.PublicBaseUrl}'; it must be an absolute http or https address without query, as people reach the bot.");
        }

        if (options.Lifetime < DocumentLinkOptions.MinimumLifetime || options.Lifetime > DocumentLinkOptions.MaximumLifetime)
        {
            return ValidateOptionsResult.Fail(
                $"{DocumentLinkOptions.SectionName}:Lifetime is {options.Lifetime}; it must be between {DocumentLinkOptions.MinimumLifetime} and {DocumentLinkOptions.MaximumLifetime}.");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKey) && KeyBytes(options.SigningKey) is not { Length: >= DocumentLinkOptions.MinimumKeyBytes })
        {
            // Never echo the key itself.
            return ValidateOptionsResult.Fail(
                $"{DocumentLinkOptions.SectionName}:SigningKey must be base64 of at least {DocumentLinkOptions.MinimumKeyBytes} random bytes, or unset to have one generated.");
        }

        return ValidateOptionsResult.Success;
    }

    internal static byte[]? KeyBytes(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
