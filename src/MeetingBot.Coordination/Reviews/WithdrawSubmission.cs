using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// 撤回: the author takes back an item the lead has not decided yet. Only the author, and only while it awaits review;
/// it becomes his draft again (the handed-in version stays in its history, its review reference stays with it).
/// </summary>
public sealed record WithdrawSubmission(long ExpectedVersion)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, DateTimeOffset now)
    {
        if ((Access.WhileOpen(meeting) ?? Access.AtVersion(ExpectedVersion, submission.Version)) is { } refusal)
        {
            return refusal;
        }

        if (submission.AuthorId != actor.UserId || submission.MeetingId != meeting.Id)
        {
            return Failure.Forbidden(FailureCodes.OnlyAuthorWithdraws);
        }

        var deliverable = template.FindDeliverable(submission.DeliverableId);
        if (deliverable is null || !submission.AwaitsReview(deliverable.RequiresApproval))
        {
            return Failure.Conflict(FailureCodes.NotPendingReview);
        }

        var number = submission.Latest!.Number;
        return (submission with { State = SubmissionState.Withdrawn, Draft = submission.Latest.Content })
            .Changed(actor, now, AuditActions.Withdrawn, $"v{number}");
    }
}
