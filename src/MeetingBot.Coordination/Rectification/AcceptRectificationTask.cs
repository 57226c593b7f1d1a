using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// Acceptance (验收) of a task its owner reported done: the secretary or the lead either accepts it — done, with the
/// owner's evidence — or sends it back with a reason, and it is in progress again. Nobody accepts his own task.
/// </summary>
public sealed record AcceptRectificationTask(long ExpectedVersion, int TaskNumber, bool Accepted, string? Reason) : IRectificationDecision
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var managed = TaskManagers.Managed(meeting, list, actor, TaskNumber, ExpectedVersion);
        if (!managed.IsSuccess)
        {
            return managed.Failure;
        }

        var task = managed.Value;
        if (task.OwnerId == actor.UserId)
        {
            return Failure.Forbidden(FailureCodes.OwnAcceptance);
        }

        if (task.State != RectificationTaskState.AwaitingAcceptance || task.Completion is not { } completion)
        {
            return Failure.Conflict(FailureCodes.TaskNotAwaitingAcceptance, TaskManagers.Number(TaskNumber));
        }

        if (!Accepted && string.IsNullOrWhiteSpace(Reason))
        {
            return Failure.Invalid(FailureCodes.SendBackReasonRequired);
        }

        var update = Accepted
            ? new TaskUpdate(now, actor.UserId, RectificationTaskState.Done, Reason?.Trim() is { Length: > 0 } note ? note : null, completion.Evidence, completion.EvidenceDocument)
            : new TaskUpdate(now, actor.UserId, RectificationTaskState.InProgress, Reason!.Trim(), null);
        var decided = task with { State = update.State, Updates = [.. task.Updates, update] };
        return list!.Replacing(decided).Changed(actor, now, Accepted ? AuditActions.TaskAccepted : AuditActions.TaskSentBack,
            TaskNumber.ToString(CultureInfo.InvariantCulture));
    }
}
