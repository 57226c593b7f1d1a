using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>The secretary adds a pair the rules did not give (e.g. two colleagues with a misunderstanding to clear up).</summary>
/// <param name="OneName">How the first person is shown in a refusal (someone not on the roster has no name in the meeting).</param>
/// <param name="OtherName">Likewise for the second.</param>
public sealed record AddTalkPair(long ExpectedVersion, string OneUserId, string OtherUserId, string? OneName = null, string? OtherName = null)
{
    public Outcome<Meeting> Decide(Meeting meeting, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var pair = TalkPairKey.Of(OneUserId, OtherUserId);
        return MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.TalkPairAdded, pair.ToString(), current =>
        {
            if (current.Find(OneUserId) is null || current.Find(OtherUserId) is null)
            {
                return Failure.NotFound(FailureCodes.ParticipantNotFound, ("name", current.Find(OneUserId) is null ? OneName ?? OneUserId : OtherName ?? OtherUserId));
            }

            if (OneUserId == OtherUserId)
            {
                return Failure.Invalid(FailureCodes.SamePerson);
            }

            if (TalkPlan.For(current, template).Contains(pair))
            {
                return Failure.Conflict(FailureCodes.PairAlreadyInPlan, ("one", current.NameOf(pair.First)), ("other", current.NameOf(pair.Second)));
            }

            return current.DroppedTalkPairs.Contains(pair)
                ? current with { DroppedTalkPairs = [.. current.DroppedTalkPairs.Where(p => p != pair)] }
                : current with { AddedTalkPairs = [.. current.AddedTalkPairs, pair] };
        });
    }
}
