using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed by the service (HS256), bound to one user and one conversation,
/// expiring. A token is valid only while its grant is (a revoked invitation ends its tokens at once).
/// </summary>
public sealed class DirectLineTokens(DirectLineSigningKey key, IDirectLineGrants grants, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string Issuer = "meetingbot/directline";
    public const string Audience = "directline";
    private const string ConversationClaim = "conv";
    private const string GroupClaim = "grp";
    private const string GrantClaim = "gid";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public (string Token, int ExpiresIn) Issue(DirectLineGrant grant)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = grant.UserId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            [ConversationClaim] = grant.ConversationId,
            [GroupClaim] = grant.IsGroup,
            [GrantClaim] = grant.GrantId,
        };
        if (!string.IsNullOrEmpty(grant.UserName))
        {
            claims[JwtRegisteredClaimNames.Name] = grant.UserName;
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The identity of a valid, unexpired, unrevoked token; null for anything else (the caller answers 401).</summary>
    public async Task<DirectLineIdentity?> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || !_handler.CanReadToken(token))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            // Our clock, so tests can move it; no skew: the service is the only issuer.
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } e && e > now.UtcDateTime && (notBefore is not { } nb || nb <= now.UtcDateTime),
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return null;
        }

        var grant = new DirectLineGrant(
            Claim(jwt, GrantClaim) ?? string.Empty,
            jwt.Subject,
            Claim(jwt, JwtRegisteredClaimNames.Name),
            Claim(jwt, ConversationClaim) ?? string.Empty,
            jwt.TryGetPayloadValue<bool>(GroupClaim, out var group) && group);
        if (grant.GrantId.Length == 0 || grant.ConversationId.Length == 0 || string.IsNullOrEmpty(grant.UserId)
            || !await grants.IsActiveAsync(grant.GrantId, cancellationToken))
        {
            return null;
        }

        return new DirectLineIdentity(grant, jwt.Id, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
    }

    private static string? Claim(JsonWebToken jwt, string type) => jwt.TryGetPayloadValue<string>(type, out var value) ? value : null;
}
