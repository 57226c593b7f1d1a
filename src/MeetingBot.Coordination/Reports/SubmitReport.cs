using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary hands the report to the supervisors: the version the office edited (<see cref="EditReport"/>) as it
/// is, or else one composed from the records as they stand now and kept as a new version, so a returned report is
/// resubmitted after the minutes or tasks were corrected.
/// </summary>
public sealed record SubmitReport(long ExpectedVersion)
{
    public Outcome<ReportCirculation> Decide(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var current = dossier.Report ?? ReportCirculation.New(meeting.Id);
        if (current.RefusalToChange(meeting, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (current.State == SubmissionState.Approved)
        {
            return Failure.Conflict(FailureCodes.ReportAlreadyApproved);
        }

        // 通报情况后，形成专题报告: where the template follows the seed, the report reflects the briefing held first.
        if (template.AfterMeeting.BriefingBeforeReport && current.Briefing is null)
        {
            return Failure.Conflict(FailureCodes.BriefingFirst);
        }

        // The office's edited version goes as it is (what it wrote is what the supervisors review); else one composed now.
        var state = current.State == SubmissionState.Returned ? SubmissionState.Resubmitted : SubmissionState.Submitted;
        IReadOnlyList<ReportVersion> versions = current.Latest is { IsSent: false } edited
            ? [.. current.Versions.Take(current.Versions.Count - 1), edited with { SentAt = now }]
            : [.. current.Versions, new ReportVersion(current.Versions.Count + 1, SpecialReportComposition.Compose(dossier, template, now), now, actor.UserId)];
        return (current with { State = state, Versions = versions })
            .Changed(actor, now, AuditActions.ReportSubmitted, "v" + versions[^1].Number.ToString(CultureInfo.InvariantCulture));
    }
}
