using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Rectification;
using MeetingBot.Coordination.Reports;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Overview;

/// <summary>
/// The superior committee's view: for an overseer, one <see cref="UnitProgress"/> per meeting of his unit and of every
/// unit below it, and nothing of any other unit (a sibling branch, the unit above), whatever the caller passed in.
/// </summary>
public static class UnitOverview
{
    /// <param name="meetings">Meetings read by the caller, of any unit: those the viewer may not see are left out here.</param>
    /// <param name="unit">Only this unit (and below), when the viewer asked for one.</param>
    public static Outcome<IReadOnlyList<UnitProgress>> For(
        PeopleDirectory directory, DirectoryPerson? viewer, IEnumerable<MeetingCandidate> meetings, DateTimeOffset now, string? unit = null)
    {
        if (UnitScope.MayOversee(directory, viewer, unit) is { } refusal)
        {
            return refusal;
        }

        var scope = UnitPath.Normalise(unit) ?? UnitScope.OverseenBy(directory, viewer)!;
        var rows = new List<UnitProgress>();
        foreach (var candidate in meetings)
        {
            var meetingUnit = UnitScope.UnitOf(candidate.Dossier.Meeting, directory);
            if (UnitPath.IsAtOrBelow(meetingUnit, scope) && UnitScope.MaySee(directory, viewer, meetingUnit))
            {
                rows.Add(Progress(meetingUnit!, candidate.Dossier, candidate.Template, now));
            }
        }

        return Outcome<IReadOnlyList<UnitProgress>>.Success([.. rows.OrderBy(r => r.Unit, StringComparer.Ordinal).ThenBy(r => r.LocalStart)]);
    }

    public static UnitProgress Progress(string unit, MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var readiness = ReadinessAssessment.Assess(dossier, template, now);
        var board = RectificationBoard.For(dossier, template, now);
        var rule = template.Readiness.ReportUpward;
        var reported = rule is null ? null : ReportUpwardOf(dossier, template, rule);
        var inTime = rule is not null && reported is not null
            && DateOnly.FromDateTime(reported.ReportedMeetingStart) == DateOnly.FromDateTime(meeting.LocalStart)
            && reported.ReportedOn <= readiness.ReportUpwardLatestDate;
        var tasks = dossier.Rectification?.Tasks ?? [];
        var zone = RectificationClock.Zone(meeting);
        var report = Stage(dossier.Report, template);
        var stage = meeting.Status switch
        {
            MeetingStatus.Cancelled => UnitStage.Cancelled,
            MeetingStatus.Reporting => report == ReportStage.SubmittedUpward ? UnitStage.Reported : UnitStage.Held,
            MeetingStatus.Confirmed => UnitStage.Confirmed,
            _ => readiness.IsReady ? UnitStage.Ready : UnitStage.Preparing,
        };
        var gaps = meeting.Status == MeetingStatus.Preparing ? readiness.Gaps.Select(g => g.Text).ToList() : [];
        return new UnitProgress(
            unit, meeting.Id, meeting.Theme, meeting.LocalStart, meeting.TimeZoneId, stage,
            reported?.ReportedOn, reported?.ReportedTheme, reported is null ? null : DateOnly.FromDateTime(reported.ReportedMeetingStart),
            rule?.DaysAhead, inTime, gaps, meeting.HeldAt, report,
            tasks.Count, tasks.Count(t => t.StatusAt(now, zone) == RectificationStatus.Done), tasks.Count(t => t.StatusAt(now, zone) == RectificationStatus.Overdue));
    }

    /// <summary>The latest report upward its owners handed in (what the superior itself received).</summary>
    public static ReportUpward? ReportUpwardOf(MeetingDossier dossier, ProcessTemplate template, ReportUpwardRule rule)
    {
        if (template.FindDeliverable(rule.DeliverableId) is not { } deliverable)
        {
            return null;
        }

        var owners = dossier.Meeting.With(deliverable.Owner).Select(p => p.UserId).ToHashSet(StringComparer.Ordinal);
        return dossier.Submissions
            .Where(s => s.DeliverableId == rule.DeliverableId && owners.Contains(s.AuthorId) && s.Latest is not null)
            .Select(s => s.Latest!.Content)
            .OfType<ReportUpward>()
            .OrderByDescending(r => r.ReportedOn)
            .FirstOrDefault();
    }

    // Submitted upward only when every addressee the template lists has it (the seed names three); one delivery of
    // three leaves it approved, as the unit's own report command says.
    private static ReportStage Stage(ReportCirculation? report, ProcessTemplate template) => report switch
    {
        null => ReportStage.NotSubmitted,
        _ when report.DeliveredToAll(template) => ReportStage.SubmittedUpward,
        { State: SubmissionState.Approved } => ReportStage.Approved,
        { State: SubmissionState.Returned } => ReportStage.Returned,
        { AwaitsReview: true } => ReportStage.AwaitingReview,
        _ => ReportStage.NotSubmitted,
    };
}
