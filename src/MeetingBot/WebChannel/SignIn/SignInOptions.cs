using MeetingBot.Coordination.People;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// Section <c>SignIn</c>: signing people in to the web chat with the organisation's OpenID Connect provider
/// (authorization code + PKCE). Off while <see cref="Authority"/> is empty: invitation links then remain the way in.
/// </summary>
public sealed class SignInOptions
{
    public const string SectionName = "SignIn";
    public const string DefaultCallbackPath = "/chat/signin-oidc";
    public static readonly TimeSpan DefaultSessionLifetime = TimeSpan.FromHours(8);

    /// <summary>The provider's issuer URL (its discovery document is under <c>/.well-known/openid-configuration</c>).</summary>
    public string Authority { get; set; } = string.Empty;

    public string ClientId { get; set; } = string.Empty;

    /// <summary>Empty for a public client (PKCE alone); set for a confidential one.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>Scopes asked for besides <c>openid</c>; empty asks for <c>profile</c> and what <see cref="Claim"/> needs.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Which claim names the directory person: <c>sub</c>, <c>email</c>, <c>preferred_username</c> or <c>phone_number</c>.</summary>
    public string Claim { get; set; } = SignInIdentity.Subject;

    /// <summary>False only for a provider on this machine (tests, a local provider); the validator refuses it otherwise.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public string CallbackPath { get; set; } = DefaultCallbackPath;

    /// <summary>How long a sign-in lasts without use (sliding); the provider's own session may sign the person in again silently.</summary>
    public TimeSpan SessionLifetime { get; set; } = DefaultSessionLifetime;

    /// <summary>
    /// Where the keys that protect the sign-in cookie are kept. Empty: beside the SQLite file for the embedded default,
    /// otherwise ASP.NET Core's default place. Several instances must share one folder (or sign-ins work on one only).
    /// A configured or default folder is kept owner-only (0700, key files 0600): see <see cref="OwnerOnlyKeyRing"/>.
    /// </summary>
    public string KeyRingPath { get; set; } = string.Empty;

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>The scopes sent: <c>openid</c>, then the configured ones or <c>profile</c> plus the claim's own scope.</summary>
    public IReadOnlyList<string> EffectiveScopes()
    {
        IEnumerable<string> asked = Scopes.Count > 0 ? Scopes : Claim switch
        {
            SignInIdentity.Email or SignInIdentity.PreferredUsername => ["profile", "email"],
            SignInIdentity.PhoneNumber => ["profile", "phone"],
            _ => ["profile"],
        };
        return ["openid", .. asked.Where(s => !string.IsNullOrWhiteSpace(s) && s != "openid").Distinct(StringComparer.Ordinal)];
    }
}
