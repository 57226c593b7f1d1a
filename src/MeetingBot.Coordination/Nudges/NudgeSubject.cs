namespace MeetingBot.Coordination.Nudges;

/// <summary>What a nudge (催办) is about: the deliverables the person still owes, and for a reviewer the items awaiting his review.</summary>
/// <param name="Owed">Deliverable ids the person has not completed, in phase order, each once.</param>
/// <param name="AwaitingReview">Submissions waiting for his review (zero for anyone who reviews nothing).</param>
/// <param name="OldestWaitingSince">When the longest-waiting of those was handed in.</param>
public sealed record NudgeSubject(IReadOnlyList<string> Owed, int AwaitingReview, DateTimeOffset? OldestWaitingSince)
{
    public bool IsEmpty => Owed.Count == 0 && AwaitingReview == 0;
}
