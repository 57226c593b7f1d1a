using MeetingBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Client-credentials (or managed identity) tokens from MSAL. One application instance per process, so MSAL's
/// in-memory cache serves tokens until shortly before they expire instead of asking Entra every call.
/// </summary>
public sealed class MsalAccessTokenProvider : IBotAccessTokenProvider
{
    public const string HttpClientName = "msal";

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly Lazy<Func<bool, CancellationToken, Task<AuthenticationResult>>> _acquire;

    public MsalAccessTokenProvider(IOptions<BotFrameworkAuthenticationOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        _acquire = new(() => Build(_options, new MsalHttpClientFactory(httpClientFactory)));
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_options.IsAuthenticationDisabled)
        {
            return null;
        }

        var result = await _acquire.Value(forceRefresh, cancellationToken);
        return result.AccessToken;
    }

    private static Func<bool, CancellationToken, Task<AuthenticationResult>> Build(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory http)
    {
        if (options.ResolvedAppType == AppType.UserAssignedMsi)
        {
            var msi = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId!))
                .WithHttpClientFactory(http)
                .Build();
            // Managed identity takes the resource itself, without /.default.
            return (force, ct) => msi.AcquireTokenForManagedIdentity(options.OAuthScope).WithForceRefresh(force).ExecuteAsync(ct);
        }

        var app = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithAuthority(options.LoginUrl, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(http)
            .Build();
        var scope = options.OAuthScope.EndsWith("/.default", StringComparison.OrdinalIgnoreCase)
            ? options.OAuthScope
            : options.OAuthScope.TrimEnd('/') + "/.default";
        return (force, ct) => app.AcquireTokenForClient([scope]).WithForceRefresh(force).ExecuteAsync(ct);
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
    }
}
