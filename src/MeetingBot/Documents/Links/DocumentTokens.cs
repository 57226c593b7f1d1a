using MeetingBot.BotFramework.Signing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Documents.Links;

/// <summary>
/// Turns a <see cref="DocumentGrant"/> into a URL-safe token and back, in the service's one signing scheme
/// (<see cref="SignedTokens"/>, purpose <see cref="Purpose"/>) under <see cref="LinkSigningKey"/>. The signature is
/// checked (in constant time) before anything the token says is believed, so a changed document, viewer or expiry
/// reads as tampered, and so does a token signed for another purpose.
/// </summary>
public sealed class DocumentTokens(LinkSigningKey key, TimeProvider time)
{
    public const string Purpose = "meetingbot/document-link";
    private const string DocumentClaim = "d";
    private const string VersionClaim = "v";
    private const string ViewerClaim = "u";

    public async Task<string> IssueAsync(DocumentGrant grant) =>
        (await key.TokensAsync()).Issue(Purpose, new Dictionary<string, object>
        {
            [DocumentClaim] = grant.DocumentKey,
            [VersionClaim] = grant.Version,
            [ViewerClaim] = grant.ViewerId,
        }, time.GetUtcNow(), grant.ExpiresAt);

    public async Task<GrantReading> ReadAsync(string? token)
    {
        var tokens = await key.TokensAsync();
        if (!tokens.IsWellFormed(token))
        {
            return new GrantReading.Malformed();
        }

        var now = time.GetUtcNow();
        if (await tokens.ReadAsync(token, Purpose, now) is not { } jwt)
        {
            return new GrantReading.Tampered();
        }

        // Signed by us, so the claims are ours; claims that still do not read are a bug, not an attack.
        if (!jwt.TryGetPayloadValue<string>(DocumentClaim, out var document) || !jwt.TryGetPayloadValue<int>(VersionClaim, out var version)
            || !jwt.TryGetPayloadValue<string>(ViewerClaim, out var viewer))
        {
            throw new InvalidOperationException("A signed document token lacks its document, version or viewer.");
        }

        var expires = SignedTokens.ExpiryOf(jwt);
        return expires <= now
            ? new GrantReading.Expired()
            : new GrantReading.Valid(new DocumentGrant(document, version, viewer, expires));
    }
}
