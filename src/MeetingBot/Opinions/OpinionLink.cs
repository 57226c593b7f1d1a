namespace MeetingBot.Opinions;

/// <summary>
/// A meeting's public opinion form link (征求意见链接): the random token it carries, for which meeting, whether it
/// collects opinions on the meeting's team or on the collective material, who made it and whether it was revoked.
/// Stored under <see cref="OpinionLinkStore.Key"/> (by the token's hash).
/// </summary>
/// <param name="FormSecret">A second random secret that never leaves the server: it signs the form tokens the page hands out.</param>
public sealed record OpinionLink(
    int Version,
    string MeetingId,
    bool OnCollectiveMaterial,
    string Token,
    string FormSecret,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string? RevokedBy,
    DateTimeOffset? RevokedAt)
{
    public const int CurrentVersion = 1;

    public bool IsActive => RevokedAt is null;
}
