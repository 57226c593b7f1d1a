using MeetingBot.WebChannel.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// What the chat page of a signed-in person hands to the Direct Line token endpoint: the person's directory id,
/// signed with the service's key for a few minutes, under an audience of its own (so it never passes for an
/// invitation or a token). The page gets it from <c>POST /chat/session</c>, which the sign-in cookie protects; the
/// token endpoint then works as it does for invitations.
/// </summary>
public sealed class SignInCredentials(DirectLineSigningKey key, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private const string Audience = "meetingbot/signin";
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public string For(string personId)
    {
        var now = time.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DirectLineTokens.Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = personId,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            IssuedAt = now.UtcDateTime,
            Expires = (now + Lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The person id of a well-signed, unexpired credential; null for anything else.</summary>
    public async Task<string?> PersonIdOfAsync(string credential)
    {
        if (!_handler.CanReadToken(credential))
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var result = await _handler.ValidateTokenAsync(credential, new TokenValidationParameters
        {
            ValidIssuer = DirectLineTokens.Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = (_, expires, _, _) => expires is { } e && e > now,
        });
        return result.IsValid && result.SecurityToken is JsonWebToken jwt && !string.IsNullOrEmpty(jwt.Subject) ? jwt.Subject : null;
    }
}
