using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The lead approves the latest version. Approving a criticism outline also discloses it to the criticised member
/// (明示), so that nothing said in the meeting comes as a surprise attack; the front then sends it to him 1:1.
/// </summary>
public sealed record ApproveSubmission(long ExpectedVersion, string? Comment)
{
    public Outcome<Submission> Decide(Meeting meeting, ProcessTemplate template, Submission submission, Actor actor, DateTimeOffset now)
    {
        if (Reviewing.Check(meeting, template, submission, actor, ExpectedVersion) is { } refusal)
        {
            return refusal;
        }

        var number = submission.Latest!.Number;
        var approved = (submission with
        {
            State = SubmissionState.Approved,
            Reviews = [.. submission.Reviews, new ReviewDecision(number, actor.UserId, now, true, Comment?.Trim())],
        }).Changed(actor, now, AuditActions.Approved, $"v{number}");
        return DisclosesTo(submission) is not null
            ? (approved with { DisclosedAt = now }).Changed(actor, now, AuditActions.Disclosed, $"v{number}")
            : approved;
    }

    /// <summary>Whom approving this item discloses it to (its criticised member, for an outline), or null: what a confirmation must say.</summary>
    public static string? DisclosesTo(Submission submission) =>
        submission.Kind == DeliverableKind.CriticismOutline ? submission.TargetId : null;
}
