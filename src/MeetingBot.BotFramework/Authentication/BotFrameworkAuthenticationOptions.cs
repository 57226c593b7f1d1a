namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The bot's identity and the cloud endpoints it trusts. The keys are flat (<c>MicrosoftAppId</c>, …) because
/// that is the Bot Framework ecosystem's convention; the endpoint overrides are the SDK's (protocol §3.7), so
/// sovereign clouds and loopback tests configure them instead of code.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public const string PublicChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string PublicChannelTokenIssuer = "https://api.botframework.com";
    public const string PublicLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string PublicLoginUrlBase = "https://login.microsoftonline.com";
    public const string PublicOAuthScope = "https://api.botframework.com";

    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }
    public string? ToBotFromChannelTokenIssuer { get; set; }
    public string? ToChannelFromBotLoginUrl { get; set; }
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>Extra serviceUrl prefixes that may receive the bot's token before any activity vouched for them.</summary>
    public List<string> TrustedServiceUrls { get; set; } = ["https://smba.trafficmanager.net/", "https://smba.infra.gcc.teams.microsoft.com/", "https://smba.infra.gov.teams.microsoft.us/"];

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public AppType ResolvedAppType => MicrosoftAppType?.Trim().ToLowerInvariant() switch
    {
        null or "" or "multitenant" => AppType.MultiTenant,
        "singletenant" => AppType.SingleTenant,
        "userassignedmsi" => AppType.UserAssignedMsi,
        _ => AppType.Unknown,
    };

    public string ChannelOpenIdMetadataUrl => Or(ToBotFromChannelOpenIdMetadataUrl, PublicChannelOpenIdMetadataUrl);
    public string EmulatorOpenIdMetadataUrl => Or(ToBotFromEmulatorOpenIdMetadataUrl, PublicEmulatorOpenIdMetadataUrl);
    public string ChannelTokenIssuer => Or(ToBotFromChannelTokenIssuer, PublicChannelTokenIssuer);

    /// <summary>Single-tenant bots ask their own tenant for tokens; asking botframework.com fails with AADSTS700016.</summary>
    public string LoginUrl => !string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl)
        ? ToChannelFromBotLoginUrl
        : ResolvedAppType == AppType.MultiTenant ? PublicLoginUrl : $"{PublicLoginUrlBase}/{MicrosoftAppTenantId}";

    public string OAuthScope => Or(ToChannelFromBotOAuthScope, PublicOAuthScope);

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value.Trim();
}

public enum AppType
{
    Unknown,
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}
