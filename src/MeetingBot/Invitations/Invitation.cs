namespace MeetingBot.Invitations;

/// <summary>
/// One person's link to the web chat: who it is for, for which meeting (none for someone invited before a meeting
/// exists, such as the secretary), until when, and whether the secretary revoked it. Stored under
/// <see cref="InvitationStore.Key"/>; the link carries only the signed id.
/// </summary>
public sealed record Invitation(
    int Version,
    string Id,
    string? MeetingId,
    string UserId,
    string Name,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    public const int CurrentVersion = 1;

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
