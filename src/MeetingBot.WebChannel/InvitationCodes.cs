using MeetingBot.BotFramework.Signing;
using MeetingBot.WebChannel.DirectLine;
using Microsoft.IdentityModel.JsonWebTokens;

namespace MeetingBot.WebChannel;

/// <summary>
/// The code in an invitation link: the invitation id and its expiry, signed with the service's Direct Line key for a
/// purpose of its own (<see cref="Purpose"/>), so it never passes for a token or a sign-in credential, nor they for
/// it. Whether it still stands is the stored invitation's say: a revoked one is refused however good its signature.
/// </summary>
public sealed class InvitationCodes(DirectLineSigningKey key, TimeProvider time)
{
    public const string Purpose = "meetingbot/invitation";

    public string For(Invitation invitation) =>
        key.Tokens.Issue(Purpose, new Dictionary<string, object> { [JwtRegisteredClaimNames.Jti] = invitation.Id }, invitation.CreatedAt, invitation.ExpiresAt);

    /// <summary>The invitation id of a well-signed, unexpired code; null otherwise.</summary>
    public async Task<string?> IdOfAsync(string code) =>
        await ReadAsync(code) is { } read && read.ExpiresAt > time.GetUtcNow() ? read.Id : null;

    /// <summary>
    /// The invitation id and expiry of a well-signed code, expired or not: enough to tell its holder that the link
    /// has expired and whom to ask, never to let them in.
    /// </summary>
    public async Task<(string Id, DateTimeOffset ExpiresAt)?> ReadAsync(string code) =>
        await key.Tokens.ReadAsync(code, Purpose, time.GetUtcNow()) is { } jwt && !string.IsNullOrEmpty(jwt.Id)
            ? (jwt.Id, SignedTokens.ExpiryOf(jwt))
            : null;
}
