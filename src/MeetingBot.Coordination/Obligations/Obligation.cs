using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Obligations;

/// <summary>
/// One thing owed: a deliverable, by whom (two people for a talk, all holders of the role for a once-per-meeting
/// deliverable such as the report upward), about whom (an outline's target) and by when.
/// </summary>
public sealed record Obligation(string DeliverableId, IReadOnlyList<string> OwedBy, string? TargetId, TalkPairKey? Pair, DateTimeOffset? Due)
{
    public bool IsOwedBy(string userId) => OwedBy.Contains(userId);
}
