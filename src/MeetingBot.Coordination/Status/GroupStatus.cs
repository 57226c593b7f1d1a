using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Status;

/// <summary>
/// Builds the group-safe status (<c>status</c>/<c>进度</c> in the team channel) for any participant: members and
/// supervisors read status; outsiders see nothing.
/// </summary>
public static class GroupStatus
{
    public static Outcome<GroupStatusView> Build(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now)
    {
        var meeting = dossier.Meeting;
        if (Access.AsParticipant(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        var readiness = ReadinessAssessment.Assess(dossier, template, now);
        var coverage = Talks.TalkCoverage.Build(meeting, template, dossier.TalkRecords);
        return new GroupStatusView(meeting.Id, meeting.Theme, meeting.LocalStart, meeting.TimeZoneId, meeting.Place, meeting.Status,
            readiness.IsReady, readiness.Gaps.Count, readiness.Deliverables, readiness.Attendance, coverage.Planned, coverage.Confirmed);
    }

    /// <summary>The full readiness report (per deliverable, per person, gaps) for any participant; also content-free.</summary>
    public static Outcome<ReadinessReport> Readiness(MeetingDossier dossier, ProcessTemplate template, Actor actor, DateTimeOffset now) =>
        Access.AsParticipant(dossier.Meeting, actor) is { } refusal
            ? refusal
            : ReadinessAssessment.Assess(dossier, template, now);

    /// <summary>The talk coverage matrix for any participant (states and names only).</summary>
    public static Outcome<TalkCoverage> Coverage(MeetingDossier dossier, ProcessTemplate template, Actor actor) =>
        Access.AsParticipant(dossier.Meeting, actor) is { } refusal
            ? refusal
            : Talks.TalkCoverage.Build(dossier.Meeting, template, dossier.TalkRecords);
}
