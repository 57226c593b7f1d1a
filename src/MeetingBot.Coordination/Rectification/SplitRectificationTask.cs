using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The secretary or the lead splits a task that is not done into several measures: the task keeps its number and
/// takes the first, each further measure becomes a new task with the same problem, owner and due date. Its reports
/// stay with the first.
/// </summary>
public sealed record SplitRectificationTask(long ExpectedVersion, int TaskNumber, IReadOnlyList<string> Measures) : IRectificationDecision
{
    public Outcome<RectificationList> Decide(Meeting meeting, RectificationList? list, Actor actor, DateTimeOffset now)
    {
        var managed = TaskManagers.Managed(meeting, list, actor, TaskNumber, ExpectedVersion);
        if (!managed.IsSuccess)
        {
            return managed.Failure;
        }

        var measures = Measures.Select(m => m.Trim()).Where(m => m.Length > 0).ToList();
        if (measures.Count < 2)
        {
            return Failure.Invalid(FailureCodes.SplitNeedsTwoMeasures);
        }

        var task = managed.Value;
        var first = list!.NextNumber;
        var parts = measures.Skip(1).Select((measure, i) => task with
        {
            Number = first + i,
            Measure = measure,
            State = RectificationTaskState.Open,
            Updates = [],
            CreatedAt = now,
        }).ToList();
        var kept = list.Replacing(task with { Measure = measures[0] });
        var numbers = string.Join(",", parts.Select(p => p.Number.ToString(CultureInfo.InvariantCulture)));
        return (kept with { Tasks = [.. kept.Tasks, .. parts] }).Changed(actor, now, AuditActions.TaskSplit, $"{TaskNumber}:{numbers}");
    }
}
