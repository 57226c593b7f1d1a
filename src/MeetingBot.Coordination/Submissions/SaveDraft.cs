using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// The author saves a draft, to resume later. A draft may be incomplete and may be changed until it is
/// submitted; while the lead is reviewing, or after approval, there is nothing to edit. Handed-in versions are
/// never touched by a draft.
/// </summary>
/// <param name="ExpectedVersion">The submission's version as the author last read it (0 for a new one).</param>
/// <param name="TargetId">The criticised member, for an outline; otherwise none.</param>
public sealed record SaveDraft(long ExpectedVersion, string DeliverableId, string? TargetId, SubmissionContent Content)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission? existing, Actor actor, DateTimeOffset now)
    {
        var checkedDeliverable = Authoring.Check(meeting, template, existing, actor, DeliverableId, TargetId, ExpectedVersion);
        if (!checkedDeliverable.IsSuccess)
        {
            return checkedDeliverable.Failure;
        }

        var deliverable = checkedDeliverable.Value;
        if (Content.Kind != deliverable.Kind)
        {
            return Failure.Invalid(FailureCodes.WrongContent);
        }

        var submission = existing ?? Submission.New(meeting.Id, deliverable, actor.UserId, TargetId);
        if (Editing.Refusal(submission, deliverable) is { } refusal)
        {
            return refusal;
        }

        return (submission with { Draft = Content }).Changed(actor, now, AuditActions.DraftSaved, null);
    }
}
