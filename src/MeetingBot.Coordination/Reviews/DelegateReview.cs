using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// 转交: whom an item is with hands its review on to another person the template lets review it (a supervisor, the
/// lead), with a reason. The item is then with that one person until he decides or hands it on again; the hand-on is
/// in the item's history (with the reason) and in the meeting's audit trail (who, to whom, which version).
/// </summary>
public sealed record DelegateReview(long ExpectedVersion, string ToUserId, string Reason)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, DateTimeOffset now)
    {
        if (Reviewing.Check(meeting, template, submission, actor, ExpectedVersion) is { } refusal)
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

        var deliverable = template.FindDeliverable(submission.DeliverableId)!;
        var permitted = Reviewers.Permitted(meeting, deliverable, submission).Where(p => p.UserId != actor.UserId).ToList();
        if (!permitted.Any(p => p.UserId == ToUserId))
        {
            var names = permitted.Count == 0 ? null : string.Join("、", permitted.Select(p => p.Name));
            return permitted.Count == 0
                ? Failure.Conflict(FailureCodes.NobodyToHandOnTo)
                : Failure.Forbidden(FailureCodes.NotAPermittedReviewer, ("name", meeting.NameOf(ToUserId)), ("reviewers", names!),
                    ("reviewers:en", string.Join(", ", permitted.Select(p => p.Name))));
        }

        var number = submission.Latest!.Number;
        return (submission with
        {
            AssignedReviewerId = ToUserId,
            Delegations = [.. submission.Delegations, new ReviewDelegation(number, actor.UserId, ToUserId, now, Reason.Trim())],
        }).Changed(actor, now, AuditActions.ReviewHandedOn, $"v{number} {ToUserId}");
    }
}
