using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// A task's owner reports progress (a note) or completion (with evidence: a document number, a link, what was done).
/// A done task stays done; every report is kept.
/// </summary>
public sealed record UpdateRectificationTask(long ExpectedVersion, int TaskNumber, bool Done, string? Note, string? Evidence)
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        if ((Access.AsParticipant(meeting, actor) ?? Access.AfterMeeting(meeting)) is { } refusal)
        {
            return refusal;
        }

        var number = ("number", TaskNumber.ToString(CultureInfo.InvariantCulture));
        if (list?.Find(TaskNumber) is not { } task)
        {
            return Failure.NotFound(FailureCodes.TaskNotFound, number);
        }

        if (((task.OwnerId == actor.UserId ? null : Failure.Forbidden(FailureCodes.TaskOwnerOnly)) ?? Access.AtVersion(ExpectedVersion, list.Version)) is { } denied)
        {
            return denied;
        }

        if (task.State == RectificationTaskState.Done)
        {
            return Failure.Conflict(FailureCodes.TaskDone, number);
        }

        if (Done && string.IsNullOrWhiteSpace(Evidence))
        {
            return Failure.Invalid(FailureCodes.EvidenceRequired);
        }

        if (!Done && string.IsNullOrWhiteSpace(Note))
        {
            return Failure.Invalid(FailureCodes.ProgressNoteRequired);
        }

        var state = Done ? RectificationTaskState.Done : RectificationTaskState.InProgress;
        var update = new TaskUpdate(now, actor.UserId, state, Note?.Trim() is { Length: > 0 } note ? note : null, Done ? Evidence!.Trim() : null);
        var changed = task with { State = state, Updates = [.. task.Updates, update] };
        return (list with { Tasks = [.. list.Tasks.Select(t => t.Number == TaskNumber ? changed : t)] })
            .Changed(actor, now, Done ? AuditActions.TaskCompleted : AuditActions.TaskUpdated, number.Item2);
    }
}
