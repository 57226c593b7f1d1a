using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// Who reads the special report and which one. The team, the secretaries and the supervisors read it once the
/// meeting was held (it quotes the minutes, which they all heard); department heads and outsiders do not. Awaiting
/// review or approved, the version handed in is shown, so everyone reads what the supervisors review; the office's
/// edited version not yet handed in is shown as the draft; otherwise a draft composed now.
/// </summary>
public static class SpecialReportView
{
    public static Outcome<ReportReading> Read(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if ((Access.AsParticipant(meeting, actor) ?? Access.AfterMeeting(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (!(meeting.Holds(actor.UserId, Role.Member) || meeting.Holds(actor.UserId, Role.Secretary) || meeting.Holds(actor.UserId, Role.Supervisor)))
        {
            return Failure.Forbidden(FailureCodes.NotVisible);
        }

        var circulation = dossier.Report;
        // The office's edit is the report from then on (not a draft composed anew), sent or not.
        if (circulation?.Latest is { } latest && (circulation.State != SubmissionState.Returned || !latest.IsSent))
        {
            return new ReportReading(latest.Report, !latest.IsSent, circulation);
        }

        return new ReportReading(SpecialReportComposition.Compose(dossier, template, now), true, circulation);
    }
}
