using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Status;

namespace MeetingBot.Coordination.Overview;

/// <summary>
/// A unit's own page in the superior's view: each of its meetings (not those of units below it) with what it reported
/// upward. Only for an overseer of that unit; the special report shows only once submitted upward.
/// </summary>
public static class UnitMaterials
{
    public static Outcome<IReadOnlyList<ReportedMaterials>> For(
        PeopleDirectory directory, DirectoryPerson? viewer, string unit, IEnumerable<MeetingCandidate> meetings, DateTimeOffset now)
    {
        if (UnitScope.MayOversee(directory, viewer, unit) is { } refusal)
        {
            return refusal;
        }

        var materials = new List<ReportedMaterials>();
        foreach (var candidate in meetings)
        {
            var meetingUnit = UnitScope.UnitOf(candidate.Dossier.Meeting, directory);
            if (!UnitPath.Same(meetingUnit, unit))
            {
                continue;
            }

            var progress = UnitOverview.Progress(meetingUnit!, candidate.Dossier, candidate.Template, now);
            var rule = candidate.Template.Readiness.ReportUpward;
            var dateAndTheme = rule is null ? null : UnitOverview.ReportUpwardOf(candidate.Dossier, candidate.Template, rule);
            materials.Add(new ReportedMaterials(progress, dateAndTheme, SubmittedReport(candidate.Dossier)));
        }

        return materials.Count == 0
            ? Failure.NotFound(FailureCodes.UnitNotFound, ("unit", UnitPath.Normalise(unit) ?? unit))
            : Outcome<IReadOnlyList<ReportedMaterials>>.Success([.. materials.OrderBy(m => m.Progress.LocalStart)]);
    }

    private static ReportVersion? SubmittedReport(MeetingDossier dossier) =>
        dossier.Report is { } report && report.Deliveries.Any(d => d.Kind == ReportDeliveryKind.SubmittedUpward) ? report.Latest : null;
}
