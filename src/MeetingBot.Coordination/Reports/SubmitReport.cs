using System.Globalization;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The secretary hands the report to the supervisors: it is composed from the records as they stand now and kept as
/// a new version, so a returned report is resubmitted after the minutes or tasks were corrected.
/// </summary>
public sealed record SubmitReport(long ExpectedVersion)
{
    public Outcome<ReportCirculation> Decide(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        var current = dossier.Report ?? ReportCirculation.New(meeting.Id);
        if ((Access.AsSecretary(meeting, actor) ?? Access.AfterMeeting(meeting) ?? Access.AtVersion(ExpectedVersion, current.Version)) is { } refusal)
        {
            return refusal;
        }

        if (current.AwaitsReview)
        {
            return Failure.Conflict(FailureCodes.ReportAwaitingReview);
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

        var number = current.Versions.Count + 1;
        var version = new ReportVersion(number, SpecialReportComposition.Compose(dossier, template, now), now, actor.UserId);
        var state = current.State == SubmissionState.Returned ? SubmissionState.Resubmitted : SubmissionState.Submitted;
        return (current with { State = state, Versions = [.. current.Versions, version] })
            .Changed(actor, now, AuditActions.ReportSubmitted, "v" + number.ToString(CultureInfo.InvariantCulture));
    }
}
