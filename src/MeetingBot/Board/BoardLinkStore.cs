using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Board;

/// <summary>
/// Board links, one document each, keyed by the SHA-256 of the token so a link is found without scanning; the
/// stored token is then compared in constant time, so how long a lookup takes tells nothing about a guess.
/// </summary>
public sealed class BoardLinkStore(IStorage storage, TimeProvider time)
{
    private const string Prefix = "board-links/";
    private const int TokenBytes = 32;

    public static string Key(string token) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The meeting's active link, or a new one (256 random bits) when it has none.</summary>
    public async Task<BoardLink> ActiveOrNewAsync(string meetingId, string createdBy, CancellationToken cancellationToken)
    {
        if ((await ForMeetingAsync(meetingId, cancellationToken)).FirstOrDefault(l => l.IsActive) is { } active)
        {
            return active;
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var link = new BoardLink(BoardLink.CurrentVersion, meetingId, token, createdBy, time.GetUtcNow(), null, null);
        await storage.WriteAsync(Key(token), link, WriteCondition.IfAbsent, cancellationToken);
        return link;
    }

    /// <summary>The active link this token opens; null for an unknown, malformed or revoked one.</summary>
    public async Task<BoardLink?> FindActiveAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is 0 or > 128)
        {
            return null;
        }

        var link = (await storage.ReadAsync<BoardLink>(Key(token), cancellationToken))?.Value;
        return link is { IsActive: true }
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(link.Token), Encoding.UTF8.GetBytes(token))
            ? link
            : null;
    }

    public async Task<IReadOnlyList<BoardLink>> ForMeetingAsync(string meetingId, CancellationToken cancellationToken)
    {
        var all = await storage.ListAsync(Prefix, cancellationToken);
        return [.. all
            .Select(d => JsonSerializer.Deserialize<BoardLink>(d.Json, StorageJson.Options)!)
            .Where(l => l.MeetingId == meetingId)
            .OrderByDescending(l => l.CreatedAt)];
    }

    /// <returns>How many active links of the meeting this call revoked.</returns>
    public async Task<int> RevokeAllAsync(string meetingId, string revokedBy, CancellationToken cancellationToken)
    {
        var revoked = 0;
        foreach (var link in await ForMeetingAsync(meetingId, cancellationToken))
        {
            if (link.IsActive && await RevokeAsync(link.Token, revokedBy, cancellationToken))
            {
                revoked++;
            }
        }

        return revoked;
    }

    // Revoked twice at once: the second finds it revoked and reports false.
    private async Task<bool> RevokeAsync(string token, string revokedBy, CancellationToken cancellationToken) =>
        (await storage.UpdateAsync<BoardLink>(Key(token), current => current is null || !current.IsActive
            ? null
            : current with { RevokedBy = revokedBy, RevokedAt = time.GetUtcNow() }, cancellationToken)).Written;
}
