using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions.Contents;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// 即知即改: rectification starts as soon as a problem is known, before the meeting. A member opens a task from a
/// problem of his own list that he acknowledged (认账), or the secretary does for him; the task joins the list like
/// any other, marked immediate, and is reported on, accepted and carried over the same way.
/// </summary>
public sealed record OpenImmediateTask(long ExpectedVersion, string OwnerId, int ProblemNumber, string Measure, DateOnly DueDate)
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, ProblemList? problems, Actor actor, DateTimeOffset now)
    {
        var current = list ?? RectificationList.New(meeting.Id);
        if ((Access.AsParticipant(meeting, actor) ?? Access.WhileOpen(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (actor.UserId != OwnerId && !meeting.Holds(actor.UserId, Role.Secretary))
        {
            return Access.Refuse(meeting, FailureCodes.ImmediateTaskOwnerOrSecretary);
        }

        if ((TaskManagers.CheckOwner(meeting, OwnerId) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } invalid)
        {
            return invalid;
        }

        var number = ("number", ProblemNumber.ToString(CultureInfo.InvariantCulture));
        if (problems is null || ProblemNumber < 1 || ProblemNumber > problems.Items.Count)
        {
            return Failure.NotFound(FailureCodes.ProblemNotListed, number, ("name", meeting.NameOf(OwnerId)));
        }

        var problem = problems.Items[ProblemNumber - 1];
        if (problem.Acknowledgement != ProblemAcknowledgement.Acknowledged)
        {
            return Failure.Conflict(FailureCodes.ProblemNotAcknowledged, number);
        }

        if (string.IsNullOrWhiteSpace(Measure))
        {
            return Failure.Invalid(FailureCodes.MeasureRequired);
        }

        if (TaskManagers.CheckDue(meeting, DueDate, now) is { } past)
        {
            return past;
        }

        var task = new RectificationTask(current.NextNumber, problem.Manifestation.Trim(), Measure.Trim(), OwnerId, DueDate, RectificationTaskState.Open, [], now, Immediate: true);
        return (current with { Tasks = [.. current.Tasks, task] })
            .Changed(actor, now, AuditActions.ImmediateTaskOpened, task.Number.ToString(CultureInfo.InvariantCulture));
    }
}
