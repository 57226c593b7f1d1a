using MeetingBot.BotFramework.Signing;
using MeetingBot.WebChannel.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.WebChannel.SignIn;

/// <summary>
/// What the chat page of a signed-in person hands to the Direct Line token endpoint: the person's directory id,
/// signed with the service's key for a few minutes, for a purpose of its own (so it never passes for an invitation or
/// a token). The page gets it from <c>POST /chat/session</c>, which the sign-in cookie protects; the token endpoint
/// then works as it does for invitations.
/// </summary>
public sealed class SignInCredentials(DirectLineSigningKey key, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    public const string Purpose = "meetingbot/signin";

    public string For(string personId)
    {
        var now = time.GetUtcNow();
        return key.Tokens.Issue(Purpose, new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = personId,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        }, now, now + Lifetime);
    }

    /// <summary>The person id of a well-signed, unexpired credential; null for anything else.</summary>
    public async Task<string?> PersonIdOfAsync(string credential)
    {
        var now = time.GetUtcNow();
        return await key.Tokens.ReadAsync(credential, Purpose, now) is { } jwt && SignedTokens.ExpiryOf(jwt) > now && !string.IsNullOrEmpty(jwt.Subject)
            ? jwt.Subject
            : null;
    }
}
