using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The secretary or the lead withdraws a task that is not done (a duplicate, a measure that no longer applies) with a
/// reason: it leaves the list, the board and the reminders, and is kept with the reason among the withdrawn.
/// </summary>
public sealed record WithdrawRectificationTask(long ExpectedVersion, int TaskNumber, string Reason) : IRectificationDecision
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var managed = TaskManagers.Managed(meeting, list, actor, TaskNumber, ExpectedVersion);
        if (!managed.IsSuccess)
        {
            return managed.Failure;
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            return Failure.Invalid(FailureCodes.WithdrawReasonRequired);
        }

        var withdrawn = new WithdrawnTask(managed.Value, now, actor.UserId, Reason.Trim());
        return (list! with { Tasks = [.. list.Tasks.Where(t => t.Number != TaskNumber)], Withdrawn = [.. list.Withdrawn, withdrawn] })
            .Changed(actor, now, AuditActions.TaskWithdrawn, TaskNumber.ToString(CultureInfo.InvariantCulture));
    }
}
