namespace MeetingBot.WebChannel;

/// <summary>
/// One person's link to the web chat: the directory person it is for (<see cref="PersonId"/>) and the web chat user id
/// they had when it was made (<see cref="UserId"/>), for which meeting (none for someone invited before a meeting
/// exists, such as the secretary), until when, and whether it was revoked. Stored under <see cref="InvitationStore.Key"/>;
/// the link carries only the signed id.
/// </summary>
/// <remarks>
/// Version 1 invitations were made for a name typed in chat, not for a directory person, so anyone could get one
/// for anyone's name: they are still read, but never honoured (<see cref="IsBoundToPerson"/>); the secretary or the
/// operator issues new links (邀请链接, <c>invite --meeting</c>).
/// </remarks>
public sealed record Invitation(
    int Version,
    string Id,
    string? MeetingId,
    string UserId,
    string Name,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? PersonId = null)
{
    public const int CurrentVersion = 2;

    public bool IsBoundToPerson => Version >= 2 && !string.IsNullOrEmpty(PersonId);

    public bool IsActive(DateTimeOffset now) => IsBoundToPerson && RevokedAt is null && now < ExpiresAt;
}
