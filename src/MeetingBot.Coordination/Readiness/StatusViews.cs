using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Readiness;

/// <summary>The ledger seen per deliverable and per person: names, counts and states, never content.</summary>
internal static class StatusViews
{
    public static IReadOnlyList<DeliverableReadiness> ByDeliverable(
        IReadOnlyList<ObligationStatus> ledger, ProcessTemplate template, Meeting meeting, IReadOnlySet<string> required) =>
    [
        .. template.DeliverablesInPhaseOrder().Select(d =>
        {
            var owed = ledger.Where(s => s.Obligation.DeliverableId == d.Id).ToList();
            var behind = owed.Where(s => !s.IsComplete).SelectMany(s => s.Obligation.OwedBy).Distinct().Select(meeting.NameOf).ToList();
            var completion = owed.FirstOrDefault()?.Required ?? d.DefaultCompletion;
            return new DeliverableReadiness(d.Id, d.Name, required.Contains(d.Id), completion, meeting.DeadlineOf(d.Id)?.Due,
                owed.Count(s => s.IsComplete), owed.Count, behind);
        }),
    ];

    public static IReadOnlyList<PersonReadiness> ByPerson(IReadOnlyList<ObligationStatus> ledger, ProcessTemplate template, Meeting meeting, DateTimeOffset now) =>
    [
        .. meeting.Participants
            .Select(p => (Person: p, Lines: LinesOf(p.UserId, ledger, template, meeting, now)))
            .Where(x => x.Lines.Count > 0)
            .Select(x => new PersonReadiness(x.Person.UserId, x.Person.Name,
                [.. x.Lines.Where(l => l.IsComplete)], [.. x.Lines.Where(l => !l.IsComplete)])),
    ];

    public static IReadOnlyList<ObligationLine> LinesOf(string userId, IReadOnlyList<ObligationStatus> ledger, ProcessTemplate template, Meeting meeting, DateTimeOffset now) =>
    [
        .. ledger.Where(s => s.Obligation.IsOwedBy(userId)).Select(s =>
        {
            var withId = s.Obligation.TargetId ?? s.Obligation.Pair?.OtherThan(userId);
            var due = s.Obligation.Due;
            return new ObligationLine(s.Obligation.DeliverableId, template.FindDeliverable(s.Obligation.DeliverableId)!.Name,
                withId, withId is null ? null : meeting.NameOf(withId), s.Progress, s.IsComplete,
                due, !s.IsComplete && due < now, s.AwaitedFrom == userId);
        }),
    ];
}
