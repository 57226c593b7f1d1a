using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Refuses to start with credentials that cannot work. Without an app id there are no Bot Framework channels: the
/// service may still run (a deployment with only its own web channel), and <see cref="ActivityAuthenticator"/> keeps
/// the messaging endpoint closed outside Development.
/// </summary>
public sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        var failures = new List<string>();
        if (options.IsAuthenticationDisabled)
        {
            return ValidateOptionsResult.Success;
        }

        switch (options.ResolvedAppType)
        {
            case AppType.Unknown:
                failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMsi.");
                break;
            case AppType.MultiTenant when string.IsNullOrWhiteSpace(options.MicrosoftAppPassword):
                failures.Add("MicrosoftAppPassword is required for a MultiTenant app.");
                break;
            case AppType.SingleTenant when string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId):
                failures.Add("MicrosoftAppPassword and MicrosoftAppTenantId are required for a SingleTenant app.");
                break;
            case AppType.UserAssignedMsi when string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId):
                failures.Add("MicrosoftAppTenantId is required for a UserAssignedMsi app.");
                break;
        }

        foreach (var (key, url) in new[]
        {
            (nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ChannelOpenIdMetadataUrl),
            (nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl),
            (nameof(options.ToChannelFromBotLoginUrl), options.LoginUrl),
        })
        {
            if (!SecureEndpoint.IsAcceptable(url))
            {
                failures.Add($"{key} must be an absolute https URL (http is allowed for loopback only): '{url}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
