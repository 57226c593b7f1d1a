using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// Its reviewer returns the collective material with a comment: it is the lead's again to revise, circulate and send
/// again (the returned version and the comment stay in its history). A return without a reason leaves nothing to fix.
/// </summary>
public sealed record ReturnCollectiveMaterial(long ExpectedVersion, string Comment)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, Actor actor, DateTimeOffset now)
    {
        if (CollectiveReview.Check(meeting, template, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Comment))
        {
            return Failure.Invalid(FailureCodes.CommentRequired);
        }

        var number = material!.Latest!.Number;
        return (material with
        {
            State = MaterialState.Circulated,
            Reviews = [.. material.Reviews, new ReviewDecision(number, actor.UserId, now, false, Comment.Trim())],
        }).Changed(actor, now, AuditActions.MaterialReturned, $"v{number}");
    }
}
