using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>When the author may change a submission: not while the lead reviews it, and never after approval.</summary>
internal static class Editing
{
    public static Failure? Refusal(Submission submission, DeliverableDefinition deliverable)
    {
        if (submission.State == SubmissionState.Approved)
        {
            return Failure.Conflict(FailureCodes.AlreadyApproved);
        }

        return submission.AwaitsReview(deliverable.RequiresApproval) ? Failure.Conflict(FailureCodes.AwaitingReview) : null;
    }
}
