using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Meetings;

/// <summary>
/// Every deliverable's deadline for a meeting: the template's offset applied to the meeting's local date in its
/// own time zone, then turned into an instant (so "-3d 18:00" is 18:00 local even across a daylight-saving change).
/// </summary>
public static class DeadlineTable
{
    public static IReadOnlyList<Deadline> Compute(ProcessTemplate template, DateTime localStart, TimeZoneInfo zone) =>
    [
        .. template.DeliverablesInPhaseOrder().Select(d =>
        {
            var localDue = d.Deadline.LocalDueFor(localStart);
            return new Deadline(d.Id, WallClock.ToInstant(localDue, zone), localDue);
        }),
    ];
}
