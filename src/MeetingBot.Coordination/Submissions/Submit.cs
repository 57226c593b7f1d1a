using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// The author hands in the draft (or the content given here) as a new version. What the lead must approve goes
/// to him as submitted, or resubmitted after a return; anything else is complete as soon as it is handed in and
/// may be handed in again later as a further version.
/// </summary>
public sealed record Submit(long ExpectedVersion, string DeliverableId, string? TargetId, SubmissionContent? Content)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission? existing, Actor actor, DateTimeOffset now)
    {
        var checkedDeliverable = Authoring.Check(meeting, template, existing, actor, DeliverableId, TargetId, ExpectedVersion);
        if (!checkedDeliverable.IsSuccess)
        {
            return checkedDeliverable.Failure;
        }

        var deliverable = checkedDeliverable.Value;
        var submission = existing ?? Submission.New(meeting.Id, deliverable, actor.UserId, TargetId);
        if (Editing.Refusal(submission, deliverable) is { } refusal)
        {
            return refusal;
        }

        var content = Content ?? submission.Draft;
        if (content is null)
        {
            return Failure.Conflict(FailureCodes.NothingToSubmit);
        }

        if ((content.Kind != deliverable.Kind ? Failure.Invalid(FailureCodes.WrongContent) : ContentRules.Check(content, template)) is { } invalid)
        {
            return invalid;
        }

        var number = submission.Versions.Count + 1;
        var state = deliverable.RequiresApproval && submission.State == SubmissionState.Returned
            ? SubmissionState.Resubmitted
            : SubmissionState.Submitted;
        return (submission with
        {
            State = state,
            Draft = null,
            Versions = [.. submission.Versions, new SubmissionVersion(number, content, now)],
        }).Changed(actor, now, AuditActions.Submitted, $"v{number}");
    }
}
