using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>The secretary drops a pair from the plan; a record already made for it stays stored but no longer counts.</summary>
public sealed record DropTalkPair(long ExpectedVersion, string OneUserId, string OtherUserId)
{
    public Outcome<Meeting> Decide(Meeting meeting, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var pair = TalkPairKey.Of(OneUserId, OtherUserId);
        return MeetingChanges.BySecretary(meeting, actor, ExpectedVersion, now, AuditActions.TalkPairDropped, pair.ToString(), current =>
        {
            if (!TalkPlan.For(current, template).Contains(pair))
            {
                return Failure.NotFound(FailureCodes.PairNotInPlan, ("one", current.NameOf(pair.First)), ("other", current.NameOf(pair.Second)));
            }

            return current.AddedTalkPairs.Contains(pair)
                ? current with { AddedTalkPairs = [.. current.AddedTalkPairs.Where(p => p != pair)] }
                : current with { DroppedTalkPairs = [.. current.DroppedTalkPairs, pair] };
        });
    }
}
