using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;

namespace MeetingBot.Coordination.Reports;

/// <summary>Checks shared by approve and return: a supervisor, a held meeting, the version he read, a report awaiting review.</summary>
internal static class ReportReviewing
{
    public static Failure? Check(Meeting meeting, ReportCirculation? report, Actor actor, long expectedVersion)
    {
        if ((Access.AsSupervisor(meeting, actor) ?? Access.AfterMeeting(meeting)) is { } refusal)
        {
            return refusal;
        }

        if (report is null || report.Versions.Count == 0)
        {
            return Failure.NotFound(FailureCodes.ReportNotFound);
        }

        return Access.AtVersion(expectedVersion, report.Version)
            ?? (report.AwaitsReview ? null : Failure.Conflict(FailureCodes.ReportNotAwaitingReview));
    }
}
