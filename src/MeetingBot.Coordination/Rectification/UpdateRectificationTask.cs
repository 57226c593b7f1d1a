using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// A task's owner reports progress (a note) or completion with evidence (a document number, what was done, and/or an
/// uploaded file). Completion goes to the secretary or the lead for acceptance (验收); until they decide, the owner
/// cannot report again. Every report is kept.
/// </summary>
public sealed record UpdateRectificationTask(long ExpectedVersion, int TaskNumber, bool Done, string? Note, string? Evidence, UploadedDocument? EvidenceDocument = null) : IRectificationDecision
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        // Immediate tasks (即知即改) exist before the meeting, so reports are taken whenever the meeting is not cancelled.
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        var number = ("number", TaskNumber.ToString(CultureInfo.InvariantCulture));
        if (list?.Find(TaskNumber) is not { } task)
        {
            return Failure.NotFound(FailureCodes.TaskNotFound, number);
        }

        if (((task.OwnerId == actor.UserId ? null : Access.Refuse(meeting, FailureCodes.TaskOwnerOnly, ("owner", meeting.NameOf(task.OwnerId)))) ?? Access.AtVersion(ExpectedVersion, list.Version)) is { } denied)
        {
            return denied;
        }

        if (task.State == RectificationTaskState.Done)
        {
            return Failure.Conflict(FailureCodes.TaskDone, number);
        }

        if (task.State == RectificationTaskState.AwaitingAcceptance)
        {
            return Failure.Conflict(FailureCodes.TaskAwaitingAcceptance, number);
        }

        if (Done && string.IsNullOrWhiteSpace(Evidence) && EvidenceDocument is null)
        {
            return Failure.Invalid(FailureCodes.EvidenceRequired);
        }

        if (!Done && string.IsNullOrWhiteSpace(Note))
        {
            return Failure.Invalid(FailureCodes.ProgressNoteRequired);
        }

        var state = Done ? RectificationTaskState.AwaitingAcceptance : RectificationTaskState.InProgress;
        var evidence = Done && Evidence?.Trim() is { Length: > 0 } text ? text : null;
        var update = new TaskUpdate(now, actor.UserId, state, Note?.Trim() is { Length: > 0 } note ? note : null, evidence, Done ? EvidenceDocument : null);
        var changed = task with { State = state, Updates = [.. task.Updates, update] };
        return list.Replacing(changed).Changed(actor, now, Done ? AuditActions.TaskReportedDone : AuditActions.TaskUpdated, number.Item2);
    }
}
