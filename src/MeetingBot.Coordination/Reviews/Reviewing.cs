using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>Checks shared by approve and return: the lead (审阅把关), an open meeting, the version he read, a submission that awaits review.</summary>
internal static class Reviewing
{
    public static Failure? Check(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, long expectedVersion)
    {
        if ((Access.AsLead(meeting, actor) ?? Access.WhileOpen(meeting) ?? Access.AtVersion(expectedVersion, submission.Version)) is { } refusal)
        {
            return refusal;
        }

        var deliverable = template.FindDeliverable(submission.DeliverableId);
        if (deliverable is null || submission.MeetingId != meeting.Id)
        {
            return Failure.NotFound(FailureCodes.SubmissionNotFound);
        }

        return submission.AwaitsReview(deliverable.RequiresApproval) ? null : Failure.Conflict(FailureCodes.NotAwaitingReview);
    }
}
