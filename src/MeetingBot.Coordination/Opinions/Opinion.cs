namespace MeetingBot.Coordination.Opinions;

/// <summary>
/// One opinion of a meeting's collection, numbered in the order received (意见3). Who wrote it is whatever name the
/// writer chose to give (none: anonymous); who may read it is decided by <see cref="OpinionVisibility"/>.
/// </summary>
/// <param name="AddressedTo">The member it is about (user id); null for the team as a whole.</param>
/// <param name="OnCollectiveMaterial">Written about the team's collective material while it was out for opinion.</param>
/// <param name="RecordedBy">Who typed it in chat (上级点, 集体议); null when it came through the public form.</param>
/// <param name="FormKey">A hash of the form it was sent from, so a form sent twice (a double tap) is kept once.</param>
/// <param name="MergedInto">The number of the opinion it duplicates, once the office merged it.</param>
/// <param name="AssigneeId">The member who answers it, once the office assigned it.</param>
public sealed record Opinion(
    int Number,
    string Text,
    OpinionSource Source,
    string? SignedName,
    string? AddressedTo,
    bool OnCollectiveMaterial,
    DateTimeOffset ReceivedAt,
    string? RecordedBy,
    string? FormKey,
    int? MergedInto,
    string? AssigneeId,
    OpinionVerdict? Verdict,
    OpinionAnswer? Answer)
{
    public bool IsMerged => MergedInto is not null;

    /// <summary>Stands in the assignee's problem list and waits for his answer: assigned, not merged, not found untrue.</summary>
    public bool IsForAnswer => AssigneeId is not null && !IsMerged && Verdict != OpinionVerdict.Untrue;

    public bool IsAnonymous => SignedName is null;
}
