using MeetingBot.BotFramework.Signing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.WebChannel.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens, signed by the service (<see cref="SignedTokens"/>, purpose
/// <see cref="Audience"/>), bound to one user and one conversation, expiring. A token is valid only while its grant
/// is (a revoked invitation ends its tokens at once).
/// </summary>
public sealed class DirectLineTokens(DirectLineSigningKey key, IDirectLineGrants grants, IOptions<DirectLineOptions> options, TimeProvider time)
{
    public const string Issuer = SignedTokens.Issuer;
    public const string Audience = "directline";
    private const string ConversationClaim = "conv";
    private const string GroupClaim = "grp";
    private const string GrantClaim = "gid";

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

        return (key.Tokens.Issue(Audience, claims, now, now + lifetime, notBefore: now), (int)lifetime.TotalSeconds);
    }

    /// <summary>The identity of a valid, unexpired, unrevoked token; null for anything else (the caller answers 401).</summary>
    public async Task<DirectLineIdentity?> ValidateAsync(string? token, CancellationToken cancellationToken)
    {
        // Our clock, so tests can move it; no skew: the service is the only issuer.
        var now = time.GetUtcNow();
        if (await key.Tokens.ReadAsync(token, Audience, now) is not { } jwt || SignedTokens.ExpiryOf(jwt) <= now)
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

        return new DirectLineIdentity(grant, jwt.Id, SignedTokens.ExpiryOf(jwt));
    }

    private static string? Claim(JsonWebToken jwt, string type) => jwt.TryGetPayloadValue<string>(type, out var value) ? value : null;
}
