using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Obligations;

/// <summary>
/// Everything owed in a meeting and how far each has got, from the template and the current roster: one study
/// check-in, problem list, material and attendance per owner; an outline from every member for every other member
/// (N×(N−1)); a record per planned talk; one collective material, report upward and 回头看 per meeting. Readiness,
/// status and personal task lists are views of this ledger; the reminder planner will be one too.
/// </summary>
public static class ObligationLedger
{
    public static IReadOnlyList<ObligationStatus> For(MeetingDossier dossier, ProcessTemplate template)
    {
        var meeting = dossier.Meeting;
        var statuses = new List<ObligationStatus>();
        // Indexed once: a meeting of N members owes N×(N−1) outlines, and scanning every submission for each of
        // them made this ledger the service's hottest path (tests/bench/RESULTS.md, "Profile").
        var index = new DossierIndex(dossier);
        foreach (var deliverable in template.DeliverablesInPhaseOrder())
        {
            var required = template.Readiness.Required.FirstOrDefault(r => r.DeliverableId == deliverable.Id)?.Completion
                ?? deliverable.DefaultCompletion;
            var due = meeting.DeadlineOf(deliverable.Id)?.Due;
            foreach (var (obligation, progress, awaited) in Owed(dossier, index, template, deliverable, due))
            {
                statuses.Add(new ObligationStatus(obligation, progress, required, CompletionRule.IsMet(progress, required), awaited));
            }
        }

        return statuses;
    }

    private static IEnumerable<(Obligation, Progress, string?)> Owed(
        MeetingDossier dossier, DossierIndex index, ProcessTemplate template, DeliverableDefinition deliverable, DateTimeOffset? due)
    {
        var meeting = dossier.Meeting;
        var owners = meeting.With(deliverable.Owner).Select(p => p.UserId).ToList();
        switch (deliverable.Kind)
        {
            case DeliverableKind.TalkRecord:
                foreach (var talk in TalkPlan.For(meeting, template).Talks)
                {
                    var record = index.TalkRecord(talk.Pair);
                    var progress = record is null ? Progress.NotStarted : Of(record.State);
                    var awaited = record?.State == TalkState.Recorded ? record.AwaitedFrom : null;
                    yield return (new Obligation(deliverable.Id, [talk.Pair.First, talk.Pair.Second], null, talk.Pair, due), progress, awaited);
                }

                break;
            case DeliverableKind.CollectiveMaterial:
                yield return (new Obligation(deliverable.Id, owners, null, null, due), Of(dossier.CollectiveMaterial), null);
                break;
            case DeliverableKind.CriticismOutline:
                foreach (var author in owners)
                {
                    foreach (var target in meeting.Members.Where(m => m.UserId != author))
                    {
                        var submission = index.MostAdvanced(deliverable.Id, [author], target.UserId);
                        yield return (new Obligation(deliverable.Id, [author], target.UserId, null, due), Of(submission), null);
                    }
                }

                break;
            case DeliverableKind.ReportUpward or DeliverableKind.RectificationReview:
                // Once per meeting: any holder of the role may deliver it for all.
                yield return (new Obligation(deliverable.Id, owners, null, null, due), Of(index.MostAdvanced(deliverable.Id, owners, null)), null);
                break;
            default:
                foreach (var owner in owners)
                {
                    yield return (new Obligation(deliverable.Id, [owner], null, null, due), Of(index.MostAdvanced(deliverable.Id, [owner], null)), null);
                }

                break;
        }
    }

    public static Progress Of(Submission? submission) => submission switch
    {
        null => Progress.NotStarted,
        { Versions.Count: 0 } => Progress.Draft,
        { State: SubmissionState.Withdrawn } => Progress.Draft,
        { State: SubmissionState.Returned } => Progress.Returned,
        { State: SubmissionState.Resubmitted } => Progress.Resubmitted,
        { State: SubmissionState.Approved } => Progress.Approved,
        _ => Progress.Submitted,
    };

    public static Progress Of(TalkState state) => state switch
    {
        TalkState.Confirmed => Progress.Confirmed,
        TalkState.Disputed => Progress.Disputed,
        _ => Progress.Recorded,
    };

    public static Progress Of(CollectiveMaterial? material) => material switch
    {
        null => Progress.NotStarted,
        { State: MaterialState.Finalised } => Progress.Finalised,
        { State: MaterialState.Circulated or MaterialState.UnderReview } => Progress.Circulated,
        _ => Progress.Draft,
    };
}
