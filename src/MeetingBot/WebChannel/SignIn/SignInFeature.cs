using System.Runtime.CompilerServices;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// Sign-in to the web chat with the organisation's OpenID Connect provider (section <c>SignIn</c>): authorization
/// code with PKCE, then a cookie session that names the directory person. Nothing of it is registered while
/// <c>SignIn:Authority</c> is empty; the grants for signed-in people are always there and grant nothing then.
/// </summary>
public static class SignInFeature
{
    public static IServiceCollection AddSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        services.AddOptions<SignInOptions>().Bind(configuration.GetSection(SignInOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<SignInCredentials>();
        services.AddSingleton<SignInGrants>();
        if (configuration.GetSection(SignInOptions.SectionName).Get<SignInOptions>()?.Enabled ?? false)
        {
            AddOpenIdConnectSignIn(services);
        }

        return services;
    }

    /// <summary>Where sign-in is on: the provider's answers are handled, and /chat/signin and /chat/session answer.</summary>
    public static WebApplication UseSignIn(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SignInOptions>>().Value.Enabled)
        {
            UseOpenIdConnectSignIn(app);
        }

        return app;
    }

    // The handlers are registered and used in methods of their own, called only when sign-in is on: preparing the
    // methods above then loads none of the OpenID Connect, cookie, authentication and data protection assemblies,
    // which a service without sign-in never uses (tests/bench/RESULTS.md, "start-up and memory, helper startup").
    // NoInlining keeps a recompilation from pulling them back in.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void UseOpenIdConnectSignIn(WebApplication app)
    {
        app.UseAuthentication();
        SignInEndpoints.Map(app);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOpenIdConnectSignIn(IServiceCollection services)
    {
        services.AddSingleton<SignInEvents>();
        services.AddAuthentication(SignInSchemes.Cookie)
            .AddCookie(SignInSchemes.Cookie, _ => { })
            .AddOpenIdConnect(SignInSchemes.OpenIdConnect, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(SignInSchemes.Cookie).Configure<IOptions<SignInOptions>>((o, signIn) =>
        {
            o.Cookie.Name = SignInSchemes.CookieName;
            // The whole site: the web chat and the superior's overview page (/overview) share the one sign-in.
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            // Strict: no other site's page can make the browser send it, so the session call needs no other token.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = signIn.Value.SessionLifetime;
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        services.AddOptions<OpenIdConnectOptions>(SignInSchemes.OpenIdConnect).Configure<IOptions<SignInOptions>>((o, options) =>
        {
            var signIn = options.Value;
            o.Authority = signIn.Authority;
            o.ClientId = signIn.ClientId;
            o.ClientSecret = string.IsNullOrWhiteSpace(signIn.ClientSecret) ? null : signIn.ClientSecret;
            o.RequireHttpsMetadata = signIn.RequireHttpsMetadata;
            o.CallbackPath = signIn.CallbackPath;
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            // The answer comes back as a top-level GET, so the SameSite=Lax correlation and nonce cookies travel with it
            // (a cross-site form post would need SameSite=None, which browsers drop on plain http).
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Scope.Clear();
            foreach (var scope in signIn.EffectiveScopes())
            {
                o.Scope.Add(scope);
            }

            // Claims keep the names the provider gives them (sub, email, phone_number), as the configuration names them.
            o.MapInboundClaims = false;
            // sub is always in the ID token; the others are often only at the user info endpoint.
            o.GetClaimsFromUserInfoEndpoint = signIn.Claim != Coordination.People.SignInIdentity.Subject;
            o.SaveTokens = false;
            o.DisableTelemetry = true;
            o.SignInScheme = SignInSchemes.Cookie;
            o.EventsType = typeof(SignInEvents);
        });
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<SignInOptions>, IOptions<StorageOptions>, ILoggerFactory>((o, signIn, storage, loggers) =>
        {
            if (KeyRingFolder(signIn.Value, storage.Value) is { } folder)
            {
                o.XmlRepository = new OwnerOnlyKeyRing(folder, loggers);
            }
        });
        services.AddDataProtection().SetApplicationName("MeetingBot");
    }

    /// <summary>The configured folder; for the embedded default, beside the SQLite file (as the Direct Line key is).</summary>
    private static string? KeyRingFolder(SignInOptions signIn, StorageOptions storage) =>
        !string.IsNullOrWhiteSpace(signIn.KeyRingPath) ? signIn.KeyRingPath
        : StorageProviders.Is(storage.Provider, StorageProviders.Sqlite)
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.Sqlite.Path)) ?? ".", "signin-keys")
            : null;
}
