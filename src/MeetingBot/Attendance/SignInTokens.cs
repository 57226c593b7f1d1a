using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.Documents.Links;

namespace MeetingBot.Attendance;

/// <summary>
/// Sign-in links as URL-safe tokens: <c>payload.signature</c>, the signature an HMAC-SHA256 with the service's link key
/// (<see cref="LinkSigningKey"/>) under a purpose of its own, so a download token is never a sign-in token. The payload
/// names the meeting, the person (or <see cref="Everyone"/> for the meeting's own code) and when the link stops working.
/// </summary>
public sealed class SignInTokens(LinkSigningKey key, TimeProvider time)
{
    /// <summary>The meeting's code on the run sheet: whoever is signed in to the web signs in with it.</summary>
    public const string Everyone = "*";

    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("meetingbot-sign-in-link-v1.");

    public async Task<string> IssueAsync(string meetingId, string userId, DateTimeOffset expiresAt)
    {
        var encoded = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Payload(meetingId, userId, expiresAt.ToUnixTimeSeconds())));
        return encoded + "." + Base64Url.EncodeToString(Sign(await key.GetAsync(), encoded));
    }

    /// <returns>The meeting and person, or null for a malformed, tampered or expired token (the page says the same for each).</returns>
    public async Task<(string MeetingId, string UserId)?> ReadAsync(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2 || parts[0].Length == 0 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
        {
            return null;
        }

        var expected = Sign(await key.GetAsync(), parts[0]);
        if (!CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(parts[1]), expected))
        {
            return null;
        }

        var payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(parts[0]))
            ?? throw new InvalidOperationException("A signed sign-in token holds no payload.");
        return DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt) <= time.GetUtcNow() ? null : (payload.MeetingId, payload.UserId);
    }

    private static byte[] Sign(byte[] secret, string encodedPayload) =>
        HMACSHA256.HashData(secret, (byte[])[.. Purpose, .. Encoding.ASCII.GetBytes(encodedPayload)]);

    private sealed record Payload(
        [property: JsonPropertyName("m")] string MeetingId,
        [property: JsonPropertyName("u")] string UserId,
        [property: JsonPropertyName("e")] long ExpiresAt);
}
