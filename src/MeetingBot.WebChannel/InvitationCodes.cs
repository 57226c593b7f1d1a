using MeetingBot.WebChannel.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.WebChannel;

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
    public async Task<string?> IdOfAsync(string code) =>
        await ReadAsync(code) is { } read && read.ExpiresAt > time.GetUtcNow() ? read.Id : null;

    /// <summary>
    /// The invitation id and expiry of a well-signed code, expired or not: enough to tell its holder that the link
    /// has expired and whom to ask, never to let them in.
    /// </summary>
    public async Task<(string Id, DateTimeOffset ExpiresAt)?> ReadAsync(string code)
    {
        if (!_handler.CanReadToken(code))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(code, new TokenValidationParameters
        {
            ValidIssuer = DirectLineTokens.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            // Expiry is the caller's to judge (on our clock, so tests can move it); a code must still have one.
            LifetimeValidator = (_, expires, _, _) => expires is not null,
        });
        return result.IsValid && result.SecurityToken is JsonWebToken jwt && !string.IsNullOrEmpty(jwt.Id)
            ? (jwt.Id, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero))
            : null;
    }
}
