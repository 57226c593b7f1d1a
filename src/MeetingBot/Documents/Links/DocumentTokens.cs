using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Documents.Links;

/// <summary>
/// Turns a <see cref="DocumentGrant"/> into a URL-safe token and back: <c>payload.signature</c>, both base64url, the
/// signature an HMAC-SHA256 over the payload with <see cref="LinkSigningKey"/>. The signature is checked (in constant
/// time) before anything the payload says is believed, so a changed document, viewer or expiry reads as tampered.
/// </summary>
public sealed class DocumentTokens(LinkSigningKey key, TimeProvider time)
{
    // Changing the payload's shape means a new prefix, so old tokens read as tampered rather than misread.
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("meetingbot-document-link-v1.");

    public async Task<string> IssueAsync(DocumentGrant grant)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(
            new Payload(grant.DocumentKey, grant.Version, grant.ViewerId, grant.ExpiresAt.ToUnixTimeSeconds()));
        var encoded = Base64Url.EncodeToString(payload);
        return encoded + "." + Base64Url.EncodeToString(Sign(await key.GetAsync(), encoded));
    }

    public async Task<GrantReading> ReadAsync(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2 || parts[0].Length == 0 || !Base64Url.IsValid(parts[0]) || !Base64Url.IsValid(parts[1]))
        {
            return new GrantReading.Malformed();
        }

        var secret = await key.GetAsync();
        var presented = Base64Url.DecodeFromChars(parts[1]);
        if (!CryptographicOperations.FixedTimeEquals(presented, Sign(secret, parts[0])))
        {
            return new GrantReading.Tampered();
        }

        // Signed by us, so the payload is ours; a payload that still does not read is a bug, not an attack.
        var payload = JsonSerializer.Deserialize<Payload>(Base64Url.DecodeFromChars(parts[0]))
            ?? throw new InvalidOperationException("A signed document token holds no payload.");
        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt);
        return expires <= time.GetUtcNow()
            ? new GrantReading.Expired()
            : new GrantReading.Valid(new DocumentGrant(payload.DocumentKey, payload.Version, payload.ViewerId, expires));
    }

    private static byte[] Sign(byte[] key, string encodedPayload) =>
        HMACSHA256.HashData(key, (byte[])[.. Purpose, .. Encoding.ASCII.GetBytes(encodedPayload)]);

    private sealed record Payload(
        [property: JsonPropertyName("d")] string DocumentKey,
        [property: JsonPropertyName("v")] int Version,
        [property: JsonPropertyName("u")] string ViewerId,
        [property: JsonPropertyName("e")] long ExpiresAt);
}
