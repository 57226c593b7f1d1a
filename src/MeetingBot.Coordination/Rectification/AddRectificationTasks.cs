using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The secretary adds tasks to the rectification list once the meeting was held: each with the problem it answers,
/// a measure, an owner from the team and a due date not before today in the meeting's zone. All or none are added.
/// </summary>
public sealed record AddRectificationTasks(long ExpectedVersion, IReadOnlyList<NewRectificationTask> Tasks)
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var current = list ?? RectificationList.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.AfterMeeting(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (Tasks.Count == 0)
        {
            return Failure.Invalid(FailureCodes.MeasureRequired);
        }

        var today = RectificationClock.Today(meeting, now);
        if (Tasks.Select(t => Check(meeting, t, today)).FirstOrDefault(f => f is not null) is { } invalid)
        {
            return invalid;
        }

        var first = current.NextNumber;
        var added = Tasks.Select((t, i) => new RectificationTask(first + i, t.Problem.Trim(), t.Measure.Trim(), t.OwnerId, t.DueDate,
            RectificationTaskState.Open, [], now));
        var numbers = string.Join(",", Enumerable.Range(first, Tasks.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        return (current with { Tasks = [.. current.Tasks, .. added] }).Changed(actor, now, AuditActions.TasksAdded, numbers);
    }

    private static Failure? Check(Meeting meeting, NewRectificationTask task, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(task.Problem))
        {
            return Failure.Invalid(FailureCodes.ProblemRequired);
        }

        if (string.IsNullOrWhiteSpace(task.Measure))
        {
            return Failure.Invalid(FailureCodes.MeasureRequired);
        }

        if (!meeting.Holds(task.OwnerId, Role.Member))
        {
            return Failure.Invalid(FailureCodes.NotAMember, ("name", meeting.NameOf(task.OwnerId)));
        }

        return task.DueDate < today
            ? Failure.Invalid(FailureCodes.DueInThePast, ("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : null;
    }
}
