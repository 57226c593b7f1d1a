using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Whether a meeting is set up in time for its template: the template's lead time is how long before the start its
/// earliest deadline falls (学习 20 days before, say). A meeting set up closer than that starts with deadlines already
/// past; this says which, so the secretary can move them (延期) or the meeting instead of learning it from overdue pushes.
/// </summary>
public static class LeadTime
{
    /// <summary>The template's lead time: from its earliest deadline to the meeting (zero when nothing is due before it).</summary>
    public static TimeSpan Required(Meeting meeting) =>
        meeting.Deadlines.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Max(0, (meeting.StartsAt - meeting.Deadlines.Min(d => d.Due)).Ticks));

    /// <summary>The deadlines already past at <paramref name="now"/>, in the template's phase order; empty when set up in time.</summary>
    public static IReadOnlyList<Deadline> AlreadyLate(Meeting meeting, ProcessTemplate template, DateTimeOffset now)
    {
        var order = template.DeliverablesInPhaseOrder().Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. meeting.Deadlines.Where(d => d.Due <= now).OrderBy(d => order.GetValueOrDefault(d.DeliverableId, int.MaxValue))];
    }
}
