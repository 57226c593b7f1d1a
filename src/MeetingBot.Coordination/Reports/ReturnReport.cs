using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.Reports;

/// <summary>A supervisor returns the report with a comment; the secretary corrects the records and resubmits.</summary>
public sealed record ReturnReport(long ExpectedVersion, string Comment)
{
    public Outcome<ReportCirculation> Decide(Meeting meeting, ReportCirculation? report, Actor actor, DateTimeOffset now)
    {
        if (ReportReviewing.Check(meeting, report, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Comment))
        {
            return Failure.Invalid(FailureCodes.CommentRequired);
        }

        var number = report!.Latest!.Number;
        return (report with
        {
            State = SubmissionState.Returned,
            Reviews = [.. report.Reviews, new ReviewDecision(number, actor.UserId, now, false, Comment.Trim())],
        }).Changed(actor, now, AuditActions.ReportReturned, $"v{number}");
    }
}
