using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>
/// The lead finalises the circulated material once every member has commented or said he has no comment;
/// until then the refusal names who has not answered. Where the template has the collective material reviewed
/// (<see cref="CollectiveReview"/>) this sends it for review (送审) instead: the reviewer's approval finalises it; with
/// no reviewer seated it is refused, saying whom the office must seat.
/// </summary>
public sealed record FinaliseCollectiveMaterial(long ExpectedVersion)
{
    public Outcome<CollectiveMaterial> Decide(Meeting meeting, ProcessTemplate template, CollectiveMaterial? material, IReadOnlyList<MaterialComment> comments, Actor actor, DateTimeOffset now)
    {
        if (MaterialAuthoring.ByLead(meeting, material, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (material?.State != MaterialState.Circulated)
        {
            return Failure.Conflict(FailureCodes.MaterialNotCirculated);
        }

        var answered = comments.Where(c => c.MeetingId == meeting.Id && c.Responses.Count > 0).Select(c => c.MemberId).ToHashSet();
        var missing = MaterialAuthoring.Commenters(meeting).Where(m => !answered.Contains(m.UserId)).Select(m => m.Name).ToList();
        if (missing.Count > 0)
        {
            return Failure.Conflict(FailureCodes.MaterialCommentsMissing, ("names", string.Join("、", missing)));
        }

        var number = material.Latest!.Number;
        if (CollectiveReview.Deliverable(template) is not { } reviewed)
        {
            return (material with { State = MaterialState.Finalised, FinalisedAt = now }).Changed(actor, now, AuditActions.MaterialFinalised, $"v{number}");
        }

        // Sent to nobody it would wait for ever: the refusal says whom the office must seat first.
        if (Reviewers.Current(meeting, reviewed, meeting.Lead.UserId, material.AssignedReviewerId).Count == 0)
        {
            var roles = Reviewers.RolesFor(meeting, reviewed, meeting.Lead.UserId).Select(template.NameOf).ToList();
            return Failure.Conflict(FailureCodes.MaterialWithoutReviewer,
                ("reviewers", string.Join("或", roles.Select(r => r.ZhCn))), ("reviewers:en", string.Join(" or ", roles.Select(r => r.En))));
        }

        return (material with { State = MaterialState.UnderReview }).Changed(actor, now, AuditActions.MaterialSentForReview, $"v{number}");
    }
}
