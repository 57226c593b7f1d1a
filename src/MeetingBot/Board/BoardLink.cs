namespace MeetingBot.Board;

/// <summary>
/// A meeting's public board link (公示链接): the random token the link carries, for which meeting, who made it and
/// when, and whether the secretary revoked it. Stored under <see cref="BoardLinkStore.Key"/> (by the token's hash).
/// </summary>
public sealed record BoardLink(
    int Version,
    string MeetingId,
    string Token,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    public const int CurrentVersion = 1;

    public bool IsActive => RevokedAt is null;
}
