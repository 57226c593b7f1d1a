using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// A returned (or withdrawn) item reopened by its author: the last handed-in version, the reviewer's comment on it,
/// and the working copy the author changes point by point (a draft saved while revising, else the last version),
/// so revising is editing what was handed in, never retyping it.
/// </summary>
public sealed record Revision(Submission Submission, SubmissionVersion LastVersion, SubmissionContent WorkingCopy, ReviewDecision? Return)
{
    /// <summary>
    /// Only the author reopens his own item, and only once it is back with him: returned or withdrawn, or handed in
    /// where no review is needed (a further version may follow). Never while the lead reviews it, never once approved.
    /// </summary>
    public static Outcome<Revision> Open(Meeting meeting, ProcessTemplate template, Submission? submission, Actor actor)
    {
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        if (submission is null || submission.MeetingId != meeting.Id)
        {
            return Failure.NotFound(FailureCodes.SubmissionNotFound);
        }

        if (submission.AuthorId != actor.UserId)
        {
            return Failure.Forbidden(FailureCodes.AuthorOnly);
        }

        if (template.FindDeliverable(submission.DeliverableId) is not { } deliverable)
        {
            return Failure.NotFound(FailureCodes.DeliverableNotFound);
        }

        return submission.State switch
        {
            SubmissionState.Approved => Failure.Conflict(FailureCodes.AlreadyApproved),
            _ when submission.AwaitsReview(deliverable.RequiresApproval) => Failure.Conflict(FailureCodes.AwaitingReview),
            SubmissionState.Returned or SubmissionState.Withdrawn or SubmissionState.Submitted when submission.Latest is { } latest =>
                new Revision(submission, latest, submission.Draft ?? latest.Content,
                    submission.State == SubmissionState.Returned ? submission.LatestReturn : null),
            _ => Failure.Conflict(FailureCodes.NotReturned),
        };
    }
}
