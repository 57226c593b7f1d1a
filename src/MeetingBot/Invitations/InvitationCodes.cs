using MeetingBot.BotFramework.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Invitations;

/// <summary>
/// The code in an invitation link: the invitation id and its expiry, signed with the service's Direct Line key (a
/// different audience than tokens, so neither passes for the other). Whether it still stands is the stored
/// invitation's say: a revoked one is refused however good its signature.
/// </summary>
public sealed class InvitationCodes(DirectLineSigningKey key, TimeProvider time)
{
    private const string Audience = "meetingbot/invitation";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string For(Invitation invitation) => _handler.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DirectLineTokens.Issuer,
        Audience = Audience,
        Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Jti] = invitation.Id },
        IssuedAt = invitation.CreatedAt.UtcDateTime,
        Expires = invitation.ExpiresAt.UtcDateTime,
        SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
    });

    /// <summary>The invitation id of a well-signed, unexpired code; null otherwise.</summary>
    public Task<string?> IdOfAsync(string code) => ReadAsync(code, expiredToo: false);

    /// <summary>
    /// The invitation id of a well-signed code, expired or not: enough to tell its holder that the link has expired
    /// and whom to ask, never to let them in.
    /// </summary>
    public Task<string?> SignedIdOfAsync(string code) => ReadAsync(code, expiredToo: true);

    private async Task<string?> ReadAsync(string code, bool expiredToo)
    {
        if (!_handler.CanReadToken(code))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var result = await _handler.ValidateTokenAsync(code, new TokenValidationParameters
        {
            ValidIssuer = DirectLineTokens.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = (_, expires, _, _) => expires is { } e && (expiredToo || e > now),
        });
        return result.IsValid && result.SecurityToken is JsonWebToken jwt && !string.IsNullOrEmpty(jwt.Id) ? jwt.Id : null;
    }
}
