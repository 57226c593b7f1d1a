using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Opinions;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// What awaits the actor's review, oldest first: the items that are with him (<see cref="Reviewers"/>) — for the lead
/// his members' items, for the supervisors the lead's own, for anyone an item was handed to (转交).
/// </summary>
public static class ReviewQueue
{
    public static Outcome<IReadOnlyList<ReviewQueueItem>> For(MeetingDossier dossier, ProcessTemplate template, Actor actor)
    {
        var meeting = dossier.Meeting;
        if (Access.AsParticipant(meeting, actor) is { } notInMeeting)
        {
            return notInMeeting;
        }

        if (!Reviewers.MayReviewAnything(meeting, template, actor.UserId) && !dossier.Submissions.Any(s => s.AssignedReviewerId == actor.UserId))
        {
            return Access.Refuse(meeting, FailureCodes.LeadOnly);
        }

        IReadOnlyList<ReviewQueueItem> items =
        [
            .. dossier.Submissions
                .Select(s => (Submission: s, Deliverable: template.FindDeliverable(s.DeliverableId)))
                .Where(x => x.Deliverable is not null && x.Submission.AwaitsReview(x.Deliverable.RequiresApproval)
                    && Reviewers.IsCurrent(meeting, x.Deliverable, x.Submission, actor.UserId))
                .OrderBy(x => x.Submission.Latest!.SubmittedAt)
                .Select(x => Item(meeting, template, x.Submission, x.Deliverable!, ProblemListOf(dossier.Submissions, meeting, template, x.Submission.AuthorId),
                    OpinionVisibility.AssignedTo(dossier.Opinions, x.Submission.AuthorId))),
        ];
        return Outcome<IReadOnlyList<ReviewQueueItem>>.Success(items);
    }

    /// <summary>
    /// One submission as an item of the lead's queue (with its pre-review flags), or null when it does not await review;
    /// built from the submission alone, so telling the lead about a hand-in does not read or check the whole queue.
    /// </summary>
    /// <param name="problemList">The author's problem list, which a self-examination material must answer (see <see cref="ProblemListId"/>).</param>
    /// <param name="assignedOpinions">The opinions assigned to the author, which his material answers too.</param>
    public static ReviewQueueItem? ItemFor(
        Meeting meeting, ProcessTemplate template, Submission submission, ProblemList? problemList = null, IReadOnlyList<Opinion>? assignedOpinions = null) =>
        template.FindDeliverable(submission.DeliverableId) is { } deliverable && submission.AwaitsReview(deliverable.RequiresApproval)
            ? Item(meeting, template, submission, deliverable, problemList, assignedOpinions)
            : null;

    /// <summary>
    /// The pre-review flags of a submission: an outline's, or a self-examination material's against the author's
    /// problem list; none when the template has no rules for it.
    /// </summary>
    public static IReadOnlyList<IPreReviewFlag> FlagsOf(
        Submission submission, ProcessTemplate template, ProblemList? problemList = null, IReadOnlyList<Opinion>? assignedOpinions = null) =>
        PreReview.Of(submission.Latest?.Content, template.FindDeliverable(submission.DeliverableId), template, problemList, assignedOpinions);

    /// <summary>Which document is the author's problem list (the template's first), which his material must answer; null when the template has none.</summary>
    public static DocumentId? ProblemListId(Meeting meeting, ProcessTemplate template, string authorId) =>
        template.Deliverables.FirstOrDefault(d => d.Kind == DeliverableKind.ProblemList) is { } list
            ? DocumentId.Submission(meeting.Id, list.Id, authorId, null)
            : null;

    /// <summary>The latest version of the author's problem list among the submissions, if any.</summary>
    public static ProblemList? ProblemListOf(IEnumerable<Submission> submissions, Meeting meeting, ProcessTemplate template, string authorId) =>
        ProblemListId(meeting, template, authorId) is { } key
            ? submissions.FirstOrDefault(s => s.Id == key)?.Latest?.Content as ProblemList
            : null;

    private static ReviewQueueItem Item(
        Meeting meeting, ProcessTemplate template, Submission submission, DeliverableDefinition deliverable, ProblemList? problemList, IReadOnlyList<Opinion>? assignedOpinions = null) =>
        new(submission.Id, deliverable.Id, deliverable.Name, submission.AuthorId, meeting.NameOf(submission.AuthorId),
            submission.TargetId, submission.TargetId is null ? null : meeting.NameOf(submission.TargetId),
            submission.Latest!.Number, submission.Latest.SubmittedAt, submission.State == SubmissionState.Resubmitted,
            submission.Version, FlagsOf(submission, template, problemList, assignedOpinions))
        {
            Reference = submission.Reference,
            HandedOnBy = LastHandOn(submission) is { } handedOn ? meeting.NameOf(handedOn.FromUserId) : null,
            HandOnReason = LastHandOn(submission)?.Reason,
        };

    // The hand-on that put the item where it is now, if it is with someone it was handed to.
    private static ReviewDelegation? LastHandOn(Submission submission) =>
        submission.AssignedReviewerId is not null && submission.Delegations.Count > 0 && submission.Delegations[^1].ToUserId == submission.AssignedReviewerId
            ? submission.Delegations[^1]
            : null;
}
