using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// Who manages the list after it is drawn up: the secretary and the lead correct, split, withdraw and accept tasks;
/// an owner only reports on his own. Tasks of a cancelled meeting stay as they are.
/// </summary>
internal static class TaskManagers
{
    public static Failure? Check(Meeting meeting, Actor actor) =>
        Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)
        ?? (meeting.Holds(actor.UserId, Role.Secretary) || meeting.Holds(actor.UserId, Role.Lead) ? null : Access.Refuse(meeting, FailureCodes.TaskManagersOnly));

    /// <summary>The task to manage, with the refusals every management step shares: the right, the version, a task already done.</summary>
    public static Outcome<RectificationTask> Managed(Meeting meeting, RectificationList? list, Actor actor, int number, long expectedVersion)
    {
        if (Check(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        if (list?.Find(number) is not { } task)
        {
            return Failure.NotFound(FailureCodes.TaskNotFound, Number(number));
        }

        var denied = Access.AtVersion(expectedVersion, list.Version)
            ?? (task.State == RectificationTaskState.Done ? Failure.Conflict(FailureCodes.TaskDone, Number(number)) : null);
        return denied is null ? task : denied;
    }

    public static (string, string) Number(int number) => ("number", number.ToString(CultureInfo.InvariantCulture));

    public static Failure? CheckDue(Meeting meeting, DateOnly due, DateTimeOffset now)
    {
        var today = RectificationClock.Today(meeting, now);
        return due < today ? Failure.Invalid(FailureCodes.DueInThePast, ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) : null;
    }

    public static Failure? CheckOwner(Meeting meeting, string ownerId) =>
        meeting.Holds(ownerId, Role.Member) ? null : Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(ownerId)));
}
