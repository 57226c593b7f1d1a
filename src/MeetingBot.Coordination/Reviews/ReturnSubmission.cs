using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The lead returns the latest version with a comment (e.g. 轻描淡写, 失真失实); the author revises and resubmits a
/// new version. The comment is required: a return without a reason leaves the author nothing to fix.
/// </summary>
public sealed record ReturnSubmission(long ExpectedVersion, string Comment)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, DateTimeOffset now)
    {
        if (Reviewing.Check(meeting, template, submission, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(Comment))
        {
            return Failure.Invalid(FailureCodes.CommentRequired);
        }

        var number = submission.Latest!.Number;
        return (submission with
        {
            State = SubmissionState.Returned,
            Reviews = [.. submission.Reviews, new ReviewDecision(number, actor.UserId, now, false, Comment.Trim())],
        }).Changed(actor, now, AuditActions.Returned, $"v{number}");
    }
}
