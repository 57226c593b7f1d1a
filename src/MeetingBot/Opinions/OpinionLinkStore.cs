using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Opinions;

/// <summary>
/// Opinion form links, one document each, keyed by the SHA-256 of the token (as the board's): found without a scan,
/// compared in constant time. Closing the collection revokes them, so a link handed round stops working with it.
/// </summary>
public sealed class OpinionLinkStore(IStorage storage, TimeProvider time)
{
    private const string Prefix = "opinion-links/";
    private const int TokenBytes = 32;

    public static string Key(string token) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The active link of the meeting (for the team, or for the collective material), or a new one (256 random bits).</summary>
    public async Task<OpinionLink> ActiveOrNewAsync(string meetingId, bool onMaterial, string createdBy, CancellationToken cancellationToken)
    {
        if ((await ForMeetingAsync(meetingId, cancellationToken)).FirstOrDefault(l => l.IsActive && l.OnCollectiveMaterial == onMaterial) is { } active)
        {
            return active;
        }

        var token = Random();
        var link = new OpinionLink(OpinionLink.CurrentVersion, meetingId, onMaterial, token, Random(), createdBy, time.GetUtcNow(), null, null);
        await storage.WriteAsync(Key(token), link, WriteCondition.IfAbsent, cancellationToken);
        return link;
    }

    /// <summary>The active link this token opens; null for an unknown, malformed or revoked one.</summary>
    public async Task<OpinionLink?> FindActiveAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 128)
        {
            return null;
        }

        var link = (await storage.ReadAsync<OpinionLink>(Key(token), cancellationToken))?.Value;
        return link is { IsActive: true }
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(link.Token), Encoding.UTF8.GetBytes(token))
            ? link
            : null;
    }

    /// <returns>How many active links (of this kind) of the meeting this call revoked.</returns>
    public async Task<int> RevokeAsync(string meetingId, bool onMaterial, string revokedBy, CancellationToken cancellationToken)
    {
        var revoked = 0;
        foreach (var link in await ForMeetingAsync(meetingId, cancellationToken))
        {
            if (link.IsActive && link.OnCollectiveMaterial == onMaterial
                && (await storage.UpdateAsync<OpinionLink>(Key(link.Token), current => current is null || !current.IsActive
                    ? null
                    : current with { RevokedBy = revokedBy, RevokedAt = time.GetUtcNow() }, cancellationToken)).Written)
            {
                revoked++;
            }
        }

        return revoked;
    }

    private static string Random() =>
        Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    private async Task<IReadOnlyList<OpinionLink>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken) =>
        [.. (await storage.ListAsync(Prefix, cancellationToken))
            .Select(d => JsonSerializer.Deserialize<OpinionLink>(d.Json, StorageJson.Options)!)
            .Where(l => l.MeetingId == meetingId)
            .OrderByDescending(l => l.CreatedAt)];
}
