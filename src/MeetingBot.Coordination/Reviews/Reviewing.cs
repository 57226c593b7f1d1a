using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// Checks shared by approve, return and hand-on (转交): the item's reviewer (审阅把关: the lead, or whom the template
/// names — <see cref="Reviewers"/>), an open meeting, the version he read, a submission that awaits review.
/// </summary>
public static class Reviewing
{
    public static Failure? Check(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, long expectedVersion)
    {
        if (Access.AsParticipant(meeting, actor) is { } notInMeeting)
        {
            return notInMeeting;
        }

        var deliverable = template.FindDeliverable(submission.DeliverableId);
        if (deliverable is null || submission.MeetingId != meeting.Id)
        {
            return Failure.NotFound(FailureCodes.SubmissionNotFound);
        }

        if ((AsReviewer(meeting, template, deliverable, submission, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(expectedVersion, submission.Version)) is { } refusal)
        {
            return refusal;
        }

        return submission.AwaitsReview(deliverable.RequiresApproval) ? null : Failure.Conflict(FailureCodes.NotAwaitingReview);
    }

    /// <summary>
    /// Only whom the item is with may decide it. Where that is the lead as always, the refusal is the lead-only one (it says
    /// who reviews);
    /// otherwise it names the item and its reviewers, so the person asking knows whom to turn to.
    /// </summary>
    public static Failure? AsReviewer(Meeting meeting, ProcessTemplate template, DeliverableDefinition deliverable, Submission submission, Actor actor)
    {
        if (Reviewers.IsCurrent(meeting, deliverable, submission, actor.UserId))
        {
            return null;
        }

        var withTheLead = submission.AssignedReviewerId is null && Reviewers.RolesFor(meeting, deliverable, submission.AuthorId)[0] == Role.Lead;
        if (withTheLead && submission.AuthorId != actor.UserId)
        {
            return Access.Refuse(meeting, FailureCodes.LeadOnly);
        }

        var reviewers = Reviewers.Describe(meeting, template, deliverable, submission);
        var author = meeting.NameOf(submission.AuthorId);
        return Failure.Forbidden(
            submission.AuthorId == actor.UserId ? FailureCodes.OwnItemReviewedByOthers : FailureCodes.NotTheReviewer,
            ("author", author), ("deliverable", deliverable.Name.ZhCn), ("deliverable:en", deliverable.Name.En),
            ("reviewers", reviewers.ZhCn), ("reviewers:en", reviewers.En));
    }
}
