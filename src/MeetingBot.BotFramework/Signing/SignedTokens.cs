using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Signing;

/// <summary>
/// The one scheme for what the service signs, hands out and takes back (Direct Line tokens, invitation codes, sign-in
/// credentials, document download links): an HS256 JSON Web Token, the HMAC-SHA256 over the purpose (the audience),
/// the payload (the claims) and the expiry. The platform's token handler does the encoding and the constant-time
/// check; a token signed for one purpose is refused for every other, even under the same key. The format is the one
/// the Direct Line tokens and invitation links already had, so links in people's hands keep working.
/// </summary>
public sealed class SignedTokens(SymmetricSecurityKey key)
{
    /// <summary>Every token names the service as its issuer (the name predates the other purposes; tokens out there carry it).</summary>
    public const string Issuer = "meetingbot/directline";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>Whether <paramref name="token"/> has a token's shape at all (said apart from one whose signature fails).</summary>
    public bool IsWellFormed(string? token) => !string.IsNullOrWhiteSpace(token) && _handler.CanReadToken(token);

    /// <param name="notBefore">When set, the token is refused before then (<see cref="ReadAsync"/>).</param>
    public string Issue(string purpose, IDictionary<string, object> claims, DateTimeOffset issuedAt, DateTimeOffset expiresAt, DateTimeOffset? notBefore = null) =>
        _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = purpose,
            Claims = claims,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = notBefore?.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });

    /// <summary>
    /// The token this key signed for <paramref name="purpose"/>, expired or not: whether it has run out is the caller's
    /// to judge on its own clock (an expired invitation still says whom to ask). Null for anything else, and for a
    /// token not yet valid at <paramref name="now"/>.
    /// </summary>
    public async Task<JsonWebToken?> ReadAsync(string? token, string purpose, DateTimeOffset now)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = purpose,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            LifetimeValidator = (notBefore, expires, _, _) => expires is not null && (notBefore is not { } nb || nb <= now.UtcDateTime),
        });
        return result.IsValid ? result.SecurityToken as JsonWebToken : null;
    }

    /// <summary>When the token runs out.</summary>
    public static DateTimeOffset ExpiryOf(JsonWebToken token) => new(token.ValidTo, TimeSpan.Zero);
}
