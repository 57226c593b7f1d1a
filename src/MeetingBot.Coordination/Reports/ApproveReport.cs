using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.Reports;

/// <summary>A supervisor approves the latest version of the report; it may then be submitted upward and announced.</summary>
public sealed record ApproveReport(long ExpectedVersion, string? Comment)
{
    public Outcome<ReportCirculation> Decide(Meeting meeting, ReportCirculation? report, Actor actor, DateTimeOffset now)
    {
        if (ReportReviewing.Check(meeting, report, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        var number = report!.Latest!.Number;
        return (report with
        {
            State = SubmissionState.Approved,
            Reviews = [.. report.Reviews, new ReviewDecision(number, actor.UserId, now, true, string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim())],
        }).Changed(actor, now, AuditActions.ReportApproved, $"v{number}");
    }
}
