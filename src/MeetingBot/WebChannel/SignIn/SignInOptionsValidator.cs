using System.Net;
using MeetingBot.Coordination.People;
using Microsoft.Extensions.Options;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>Checks the <c>SignIn</c> section at start-up; nothing is checked while sign-in is off.</summary>
public sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && authority.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("SignIn:Authority must be the identity provider's absolute https URL.");
        }
        else if (!IsLoopback(authority) && (!options.RequireHttpsMetadata || authority.Scheme != Uri.UriSchemeHttps))
        {
            // A sign-in whose keys came over plain http can be forged by anyone on the path.
            failures.Add("SignIn:Authority must use https and SignIn:RequireHttpsMetadata must be true, except for a provider on this machine (localhost, 127.0.0.1, ::1).");
        }
        else if (authority.Scheme == Uri.UriSchemeHttp && options.RequireHttpsMetadata)
        {
            failures.Add("SignIn:Authority uses http: set SignIn:RequireHttpsMetadata to false (allowed only for a provider on this machine).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("SignIn:ClientId is required when SignIn:Authority is set.");
        }

        if (!SignInIdentity.IsSupported(options.Claim))
        {
            failures.Add($"SignIn:Claim must be one of {string.Join(", ", SignInIdentity.Claims)}.");
        }

        if (string.IsNullOrWhiteSpace(options.CallbackPath) || !options.CallbackPath.StartsWith('/') || options.CallbackPath.Contains('?'))
        {
            failures.Add("SignIn:CallbackPath must be a path starting with '/', such as /chat/signin-oidc.");
        }

        if (options.SessionLifetime < TimeSpan.FromMinutes(5) || options.SessionLifetime > TimeSpan.FromDays(30))
        {
            failures.Add("SignIn:SessionLifetime must be between 00:05:00 and 30.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
