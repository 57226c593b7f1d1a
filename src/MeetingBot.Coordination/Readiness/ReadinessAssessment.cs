using MeetingBot.Coordination.CollectiveMaterials;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>
/// Computes readiness from the template's rules ("时间服从质量,准备不充分的,不急于开会"): every required
/// deliverable done by everyone who owes it, the report upward made at least the required days ahead and for the
/// current date, and attendance confirmed by at least the quorum of members.
/// </summary>
public static class ReadinessAssessment
{
    public static ReadinessReport Assess(MeetingDossier dossier, ProcessTemplate template, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var ledger = ObligationLedger.For(dossier, template);
        var rules = template.Readiness;
        var required = rules.Required.Select(r => r.DeliverableId).ToHashSet(StringComparer.Ordinal);
        var gaps = new List<ReadinessGap>();
        foreach (var status in ledger.Where(s => required.Contains(s.Obligation.DeliverableId) && !s.IsComplete))
        {
            var deliverable = template.FindDeliverable(status.Obligation.DeliverableId)!;
            var owers = string.Join("、", status.Obligation.OwedBy.Select(meeting.NameOf));
            var target = status.Obligation.TargetId is { } t ? meeting.NameOf(t) : null;
            var text = WaitingFor(dossier, template, deliverable, status) is { } reviewers
                ? GapTexts.AwaitingReview(reviewers, owers, deliverable.Name, target)
                : GapTexts.Incomplete(owers, deliverable.Name, target, status.Progress, status.Required);
            gaps.Add(new ReadinessGap(GapCode.Incomplete, deliverable.Id, status.Obligation.OwedBy, status.Obligation.TargetId, status.Progress, text));
        }

        DateOnly? latestReport = null;
        if (rules.ReportUpward is { } reportRule)
        {
            latestReport = DateOnly.FromDateTime(meeting.LocalStart).AddDays(-reportRule.DaysAhead);
            gaps.AddRange(ReportUpwardGaps(dossier, template, reportRule, latestReport.Value));
        }

        AttendanceSummary? attendance = null;
        if (rules.Quorum is { } quorum)
        {
            attendance = Attendance(dossier, quorum);
            if (!attendance.QuorumReached)
            {
                gaps.Add(new ReadinessGap(GapCode.QuorumNotReached, quorum.DeliverableId, [], null, null, GapTexts.QuorumNotReached(attendance)));
            }
        }

        // The report upward is waited for by its own rule; it shows as required all the same.
        var shownRequired = rules.ReportUpward is { } report ? [.. required, report.DeliverableId] : required;
        return new ReadinessReport(
            gaps.Count == 0, gaps, StatusViews.ByDeliverable(ledger, template, meeting, shownRequired),
            StatusViews.ByPerson(ledger, template, meeting, now), attendance, latestReport);
    }

    /// <summary>
    /// For an item handed in and waiting to be approved, whom it waits for (督导组（赵组长）): the gate says who holds
    /// the meeting up, by name, never what the item says.
    /// </summary>
    private static BilingualText? WaitingFor(MeetingDossier dossier, ProcessTemplate template, DeliverableDefinition deliverable, ObligationStatus status)
    {
        // The collective material sent for review (送审) waits for the supervisors or the superior, not for the lead.
        if (deliverable.Kind == DeliverableKind.CollectiveMaterial && dossier.CollectiveMaterial is { State: MaterialState.UnderReview } material)
        {
            return CollectiveReview.Describe(dossier.Meeting, template, material);
        }

        if (status.Required != Completion.Approved || status.Progress is not (Progress.Submitted or Progress.Resubmitted) || status.Obligation.OwedBy.Count != 1)
        {
            return null;
        }

        var key = DocumentId.Submission(dossier.Meeting.Id, deliverable.Id, status.Obligation.OwedBy[0], status.Obligation.TargetId);
        return dossier.Submissions.FirstOrDefault(s => s.Id == key) is { } submission && submission.AwaitsReview(deliverable.RequiresApproval)
            ? Reviews.Reviewers.Describe(dossier.Meeting, template, deliverable, submission)
            : null;
    }

    private static IEnumerable<ReadinessGap> ReportUpwardGaps(MeetingDossier dossier, ProcessTemplate template, ReportUpwardRule rule, DateOnly latest)
    {
        var owner = template.FindDeliverable(rule.DeliverableId)!.Owner;
        var owners = dossier.Meeting.With(owner).Select(p => p.UserId).ToHashSet();
        var report = dossier.Submissions
            .Where(s => s.DeliverableId == rule.DeliverableId && owners.Contains(s.AuthorId) && s.Latest is not null)
            .Select(s => s.Latest!.Content)
            .OfType<ReportUpward>()
            .OrderByDescending(r => r.ReportedOn)
            .FirstOrDefault();
        var meetingDate = DateOnly.FromDateTime(dossier.Meeting.LocalStart);
        if (report is null)
        {
            yield return new ReadinessGap(GapCode.ReportUpwardMissing, rule.DeliverableId, [], null, Progress.NotStarted, GapTexts.ReportMissing(latest));
            yield break;
        }

        var reportedDate = DateOnly.FromDateTime(report.ReportedMeetingStart);
        if (reportedDate != meetingDate)
        {
            yield return new ReadinessGap(GapCode.ReportUpwardOutdated, rule.DeliverableId, [], null, Progress.Submitted, GapTexts.ReportOutdated(reportedDate, meetingDate));
        }
        else if (report.ReportedOn > latest)
        {
            yield return new ReadinessGap(GapCode.ReportUpwardTooLate, rule.DeliverableId, [], null, Progress.Submitted, GapTexts.ReportTooLate(report.ReportedOn, rule.DaysAhead, latest));
        }
    }

    /// <summary>Each member's latest handed-in answer counts; a member who has not answered counts as not attending.</summary>
    public static AttendanceSummary Attendance(MeetingDossier dossier, QuorumRule rule)
    {
        var members = dossier.Meeting.Members;
        var answers = members.Select(m => dossier.Submissions
                .FirstOrDefault(s => s.DeliverableId == rule.DeliverableId && s.AuthorId == m.UserId)?.Latest?.Content as AttendanceConfirmation)
            .ToList();
        var attending = answers.Count(a => a?.Attending == true);
        var absent = answers.Count(a => a?.Attending == false);
        return new AttendanceSummary(members.Count, attending, absent, members.Count - attending - absent,
            rule.Fraction.RequiredOf(members.Count), rule.Fraction.ToString());
    }
}
