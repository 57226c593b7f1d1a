using System.Security.Claims;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// Validates the JWT a channel (or the Emulator) sends with an activity, as protocol §3 lists: signature from
/// the published keys, issuer, audience = our app id, lifetime with 5 minutes skew, the signing key's channel
/// endorsement and the <c>serviceurl</c> claim. No switch turns these checks off. Without an app id nothing can be
/// validated: then only Development (the Emulator, offline Direct Line) is let in anonymously, and anywhere else the
/// endpoint is closed (401), so a deployment with only the service's own web channel has no open door.
/// </summary>
public sealed class ActivityAuthenticator(
    IOptions<BotFrameworkAuthenticationOptions> options,
    OpenIdMetadataCache metadata,
    IHostEnvironment environment,
    ILogger<ActivityAuthenticator> logger)
{
    public const string ClosedWithoutAppId =
        "This bot has no MicrosoftAppId, so it accepts no Bot Framework channel: /api/messages is closed outside Development. Web chat enters through /v3/directline.";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsAuthenticationDisabled && !environment.IsDevelopment())
        {
            return AuthenticationOutcome.Unauthorized(ClosedWithoutAppId);
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // Without an app id (Development only) the Emulator and offline Direct Line send no header at all.
            return settings.IsAuthenticationDisabled
                ? AuthenticationOutcome.Anonymous
                : AuthenticationOutcome.Unauthorized("The Authorization header is missing.");
        }

        var parts = authorizationHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("The Authorization header is not a bearer token.");
        }

        if (settings.IsAuthenticationDisabled)
        {
            // SDK semantics: a token sent to a bot with no app id cannot name it as audience.
            return AuthenticationOutcome.Unauthorized("A token was sent but this bot has no app id to validate it against.");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Unauthorized("The bearer token is not a JWT.");
        }

        if (IsSkillToken(token))
        {
            return AuthenticationOutcome.Unauthorized("Bot-to-bot (skill) tokens are not accepted.");
        }

        return EmulatorIssuers(settings).Contains(token.Issuer, StringComparer.Ordinal)
            ? await AuthenticateEmulatorAsync(token, settings, cancellationToken)
            : await AuthenticateChannelAsync(token, activity, settings, cancellationToken);
    }

    private async Task<AuthenticationOutcome> AuthenticateChannelAsync(
        JsonWebToken token, Activity activity, BotFrameworkAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        if (!string.Equals(token.Issuer, settings.ChannelTokenIssuer, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Unauthorized($"The token issuer '{token.Issuer}' is not trusted.");
        }

        var source = metadata.For(settings.ChannelOpenIdMetadataUrl);
        var (identity, configuration, failure) = await ValidateAsync(token, source, [settings.ChannelTokenIssuer], settings.MicrosoftAppId!, cancellationToken);
        if (identity is null)
        {
            return AuthenticationOutcome.Unauthorized(failure!);
        }

        var endorsements = OpenIdMetadata.EndorsementsOf(configuration!, token.Kid);
        if (endorsements is null)
        {
            return AuthenticationOutcome.Forbidden("The signing key carries no endorsements.");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Forbidden($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return AuthenticationOutcome.Unauthorized("The token has no serviceurl claim.");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Unauthorized("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        return AuthenticationOutcome.Success(identity, AuthenticationConstants.CallerIdAzure, serviceUrlVerified: true);
    }

    private async Task<AuthenticationOutcome> AuthenticateEmulatorAsync(
        JsonWebToken token, BotFrameworkAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var source = metadata.For(settings.EmulatorOpenIdMetadataUrl);
        var (identity, _, failure) = await ValidateAsync(token, source, EmulatorIssuers(settings), audience: settings.MicrosoftAppId!, cancellationToken);
        if (identity is null)
        {
            return AuthenticationOutcome.Unauthorized(failure!);
        }

        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthenticationOutcome.Unauthorized($"Unknown token version '{version}'.");
        }

        if (!string.Equals(identity.FindFirst(appIdClaim)?.Value, settings.MicrosoftAppId, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Unauthorized("The Emulator token was issued to another app.");
        }

        // Emulator tokens carry no serviceurl claim, so the serviceUrl is not vouched for.
        return AuthenticationOutcome.Success(identity, AuthenticationConstants.CallerIdAzure, serviceUrlVerified: false);
    }

    private async Task<(ClaimsIdentity? Identity, OpenIdConnectConfiguration? Configuration, string? Failure)> ValidateAsync(
        JsonWebToken token, OpenIdMetadata source, IReadOnlyList<string> issuers, string audience, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await source.GetAsync(cancellationToken);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogError(ex, "OpenID metadata at {MetadataUrl} could not be read", source.MetadataUrl);
            return (null, null, "The signing keys could not be retrieved.");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audience));
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // A key id we have not seen: the keys may have rolled over since we cached them.
            configuration = await source.RefreshAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers, audience));
        }

        if (!result.IsValid)
        {
            logger.LogInformation("Rejected a token: {Reason}", result.Exception?.GetType().Name);
            return (null, configuration, Describe(result.Exception));
        }

        return (result.ClaimsIdentity, configuration, null);
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers, string audience) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = AuthenticationConstants.AllowedAlgorithms,
    };

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidIssuerException => "The token issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token was signed with an unknown key.",
        SecurityTokenInvalidSignatureException => "The token signature is invalid.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        _ => "The token is invalid.",
    };

    private static IReadOnlyList<string> EmulatorIssuers(BotFrameworkAuthenticationOptions settings)
    {
        if (string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId))
        {
            return AuthenticationConstants.EmulatorIssuers;
        }

        // Single-tenant Emulator tokens come from our own tenant; no other tenant is accepted.
        var tenant = settings.MicrosoftAppTenantId.Trim();
        return
        [
            .. AuthenticationConstants.EmulatorIssuers,
            $"https://sts.windows.net/{tenant}/",
            $"https://login.microsoftonline.com/{tenant}/v2.0",
        ];
    }

    /// <summary>A skill token names an app other than its audience (protocol §3.1).</summary>
    private static bool IsSkillToken(JsonWebToken token)
    {
        if (!token.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var version))
        {
            return false;
        }

        var audience = token.Audiences.FirstOrDefault();
        if (string.IsNullOrEmpty(audience) || string.Equals(audience, BotFrameworkAuthenticationOptions.PublicOAuthScope, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var appIdClaim = version == "2.0" ? AuthenticationConstants.AuthorizedPartyClaim : AuthenticationConstants.AppIdClaim;
        return token.TryGetPayloadValue<string>(appIdClaim, out var appId) && !string.IsNullOrEmpty(appId)
            && !string.Equals(appId, audience, StringComparison.Ordinal);
    }
}
