using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>Its reviewer (the supervisors or the superior) approves the collective material sent for review: it is final.</summary>
public sealed record ApproveCollectiveMaterial(long ExpectedVersion, string? Comment)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, Actor actor, DateTimeOffset now)
    {
        if (CollectiveReview.Check(meeting, template, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        var number = material!.Latest!.Number;
        return (material with
        {
            State = MaterialState.Finalised,
            FinalisedAt = now,
            Reviews = [.. material.Reviews, new ReviewDecision(number, actor.UserId, now, true, string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim())],
        }).Changed(actor, now, AuditActions.MaterialApproved, $"v{number}");
    }
}
