using MeetingBot.BotFramework.Signing;
using MeetingBot.Documents.Links;

namespace MeetingBot.Attendance;

/// <summary>
/// Sign-in links as URL-safe tokens in the service's one signing scheme (<see cref="SignedTokens"/>, purpose
/// <see cref="Purpose"/>) under the link key (<see cref="LinkSigningKey"/>), so a download token is never a sign-in
/// token. The claims name the meeting and the person (or <see cref="Everyone"/> for the meeting's own code); the expiry
/// is when the link stops working.
/// </summary>
public sealed class SignInTokens(LinkSigningKey key, TimeProvider time)
{
    public const string Purpose = "meetingbot/sign-in-link";

    /// <summary>The meeting's code on the run sheet: whoever is signed in to the web signs in with it.</summary>
    public const string Everyone = "*";

    private const string MeetingClaim = "m";
    private const string PersonClaim = "u";

    public async Task<string> IssueAsync(string meetingId, string userId, DateTimeOffset expiresAt) =>
        (await key.TokensAsync()).Issue(Purpose, new Dictionary<string, object>
        {
            [MeetingClaim] = meetingId,
            [PersonClaim] = userId,
        }, time.GetUtcNow(), expiresAt);

    /// <returns>The meeting and person, or null for a malformed, tampered or expired token (the page says the same for each).</returns>
    public async Task<(string MeetingId, string UserId)?> ReadAsync(string? token)
    {
        var now = time.GetUtcNow();
        if (await (await key.TokensAsync()).ReadAsync(token, Purpose, now) is not { } jwt || SignedTokens.ExpiryOf(jwt) <= now)
        {
            return null;
        }

        // Signed by us, so the claims are ours; claims that do not read are a bug, not an attack.
        return jwt.TryGetPayloadValue<string>(MeetingClaim, out var meetingId) && jwt.TryGetPayloadValue<string>(PersonClaim, out var userId)
            ? (meetingId, userId)
            : throw new InvalidOperationException("A signed sign-in token lacks its meeting or person.");
    }
}
