using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// 转交: whom the collective material is with hands its review on to another person the template lets review the
/// lead's material (a supervisor, the superior), with a reason; the hand-on is in its history and the audit trail.
/// </summary>
public sealed record DelegateCollectiveMaterialReview(long ExpectedVersion, string ToUserId, string Reason)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, Actor actor, DateTimeOffset now)
    {
        if (CollectiveReview.Check(meeting, template, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Failure.Invalid(FailureCodes.HandOnReasonRequired);
        }

        if (ToUserId == actor.UserId)
        {
            return Failure.Conflict(FailureCodes.HandOnToSelf);
        }

        var deliverable = CollectiveReview.Deliverable(template)!;
        var permitted = Reviewers.Permitted(meeting, deliverable, meeting.Lead.UserId).Where(p => p.UserId != actor.UserId).ToList();
        if (permitted.Count == 0)
        {
            return Failure.Conflict(FailureCodes.NobodyToHandOnTo);
        }

        if (!permitted.Any(p => p.UserId == ToUserId))
        {
            return Failure.Forbidden(FailureCodes.NotAPermittedReviewer, ("name", meeting.NameOf(ToUserId)),
                ("reviewers", string.Join("、", permitted.Select(p => p.Name))), ("reviewers:en", string.Join(", ", permitted.Select(p => p.Name))));
        }

        var number = material!.Latest!.Number;
        return (material with
        {
            AssignedReviewerId = ToUserId,
            Delegations = [.. material.Delegations, new ReviewDelegation(number, actor.UserId, ToUserId, now, Reason.Trim())],
        }).Changed(actor, now, AuditActions.MaterialReviewHandedOn, $"v{number} {ToUserId}");
    }
}
