using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Tests.Authentication.Fakes;

/// <summary>Signs JWTs the way the Bot Framework token services shape them.</summary>
public static class TokenMinter
{
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly JsonWebTokenHandler Handler = new();

    /// <param name="expires">When the token expires; by default an hour from now. It became valid two hours earlier.</param>
    public static string Create(SigningKey key, string issuer, string audience, IDictionary<string, object> claims, DateTime? expires = null)
    {
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expiry.AddHours(-2),
            NotBefore = expiry.AddHours(-2),
            Expires = expiry,
            Claims = claims,
            SigningCredentials = key.Credentials,
        });
    }

    /// <summary>What a channel (Teams, Direct Line, …) claims: the serviceUrl the activity came from.</summary>
    public static Dictionary<string, object> ChannelClaims(string serviceUrl) => new() { [ServiceUrlClaim] = serviceUrl };

    /// <summary>An Entra v1.0 token names its client in <c>appid</c>.</summary>
    public static Dictionary<string, object> EmulatorV1Claims(string appId) => new() { ["ver"] = "1.0", ["appid"] = appId };

    /// <summary>An Entra v2.0 token names its client in <c>azp</c>.</summary>
    public static Dictionary<string, object> EmulatorV2Claims(string appId) => new() { ["ver"] = "2.0", ["azp"] = appId };
}
