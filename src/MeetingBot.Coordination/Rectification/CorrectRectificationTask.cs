using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The secretary or the lead corrects a task that is not done: its problem, measure, owner (a member) or due date
/// (not before today). The audit entry names the task and which of the four changed; the task's reports stay.
/// </summary>
public sealed record CorrectRectificationTask(long ExpectedVersion, int TaskNumber, TaskCorrection Correction) : IRectificationDecision
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var managed = TaskManagers.Managed(meeting, list, actor, TaskNumber, ExpectedVersion);
        if (!managed.IsSuccess)
        {
            return managed.Failure;
        }

        var task = managed.Value;
        var changed = new List<string>();
        var corrected = task;
        if (Correction.Problem?.Trim() is { Length: > 0 } problem && problem != task.Problem)
        {
            corrected = corrected with { Problem = problem };
            changed.Add("problem");
        }

        if (Correction.Measure?.Trim() is { Length: > 0 } measure && measure != task.Measure)
        {
            corrected = corrected with { Measure = measure };
            changed.Add("measure");
        }

        if (Correction.OwnerId is { } owner && owner != task.OwnerId)
        {
            if (TaskManagers.CheckOwner(meeting, owner) is { } notAMember)
            {
                return notAMember;
            }

            corrected = corrected with { OwnerId = owner };
            changed.Add("owner");
        }

        if (Correction.DueDate is { } due && due != task.DueDate)
        {
            if (TaskManagers.CheckDue(meeting, due, now) is { } past)
            {
                return past;
            }

            corrected = corrected with { DueDate = due };
            changed.Add("due");
        }

        if (changed.Count == 0)
        {
            return Failure.Invalid(FailureCodes.TaskUnchanged, TaskManagers.Number(TaskNumber));
        }

        return list!.Replacing(corrected).Changed(actor, now, AuditActions.TaskCorrected, $"{TaskNumber}:{string.Join(",", changed)}");
    }
}
