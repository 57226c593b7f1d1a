using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Every version and review decision of one item, oldest first, for those who may read it (its author and the lead;
/// an outline's target once disclosed): the comments are as sensitive as the content they judge.
/// </summary>
public static class SubmissionHistory
{
    public static Outcome<IReadOnlyList<SubmissionEvent>> Of(Meeting meeting, Submission submission, Actor actor, ProcessTemplate? template = null)
    {
        var readable = Visibility.Read(meeting, actor, submission, template);
        if (!readable.IsSuccess)
        {
            return readable.Failure;
        }

        // A target sees the approved outline, not how it was argued over with the lead.
        if (submission.AuthorId != actor.UserId && !meeting.Holds(actor.UserId, Role.Lead) && !Visibility.IsReviewerOf(meeting, actor.UserId, submission, template))
        {
            return Failure.Forbidden(FailureCodes.NotVisible);
        }

        var handedIn = submission.Versions.Select(v => new SubmissionEvent(v.SubmittedAt, v.Number,
            v.Number > 1 && submission.Reviews.Any(r => !r.Approved && r.VersionNumber < v.Number) ? SubmissionEventKind.Resubmitted : SubmissionEventKind.Submitted, null));
        var decided = submission.Reviews.Select(r => new SubmissionEvent(r.At, r.VersionNumber,
            r.Approved ? SubmissionEventKind.Approved : SubmissionEventKind.Returned, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment));
        var handedOn = submission.Delegations.Select(d => new SubmissionEvent(d.At, d.VersionNumber, SubmissionEventKind.HandedOn, d.Reason) { FromUserId = d.FromUserId, ToUserId = d.ToUserId });
        IReadOnlyList<SubmissionEvent> events = [.. handedIn.Concat(decided).Concat(handedOn).OrderBy(e => e.VersionNumber).ThenBy(e => e.At).ThenBy(e => e.Kind)];
        return Outcome<IReadOnlyList<SubmissionEvent>>.Success(events);
    }
}
