using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>What awaits the lead's review, oldest first, for the lead only.</summary>
public static class ReviewQueue
{
    public static Outcome<IReadOnlyList<ReviewQueueItem>> For(MeetingDossier dossier, ProcessTemplate template, Actor actor)
    {
        var meeting = dossier.Meeting;
        if (Access.AsLead(meeting, actor) is { } refusal)
        {
            return refusal;
        }

        IReadOnlyList<ReviewQueueItem> items =
        [
            .. dossier.Submissions
                .Select(s => (Submission: s, Deliverable: template.FindDeliverable(s.DeliverableId)))
                .Where(x => x.Deliverable is not null && x.Submission.AwaitsReview(x.Deliverable.RequiresApproval))
                .OrderBy(x => x.Submission.Latest!.SubmittedAt)
                .Select(x => Item(meeting, template, x.Submission, x.Deliverable!)),
        ];
        return Outcome<IReadOnlyList<ReviewQueueItem>>.Success(items);
    }

    /// <summary>
    /// One submission as an item of the lead's queue (with its pre-review flags), or null when it does not await review;
    /// built from the submission alone, so telling the lead about a hand-in does not read or check the whole queue.
    /// </summary>
    public static ReviewQueueItem? ItemFor(Meeting meeting, ProcessTemplate template, Submission submission) =>
        template.FindDeliverable(submission.DeliverableId) is { } deliverable && submission.AwaitsReview(deliverable.RequiresApproval)
            ? Item(meeting, template, submission, deliverable)
            : null;

    /// <summary>The pre-review flags of a submission (none unless it is an outline and the template has rules).</summary>
    public static IReadOnlyList<OutlineFlag> FlagsOf(Submission submission, ProcessTemplate template)
    {
        var rules = template.FindDeliverable(submission.DeliverableId)?.PreReview;
        return rules is not null && submission.Latest?.Content is CriticismOutline outline
            ? OutlinePreReview.Check(outline, rules, template.Aspects)
            : [];
    }

    private static ReviewQueueItem Item(Meeting meeting, ProcessTemplate template, Submission submission, DeliverableDefinition deliverable) =>
        new(submission.StorageKey, deliverable.Id, deliverable.Name, submission.AuthorId, meeting.NameOf(submission.AuthorId),
            submission.TargetId, submission.TargetId is null ? null : meeting.NameOf(submission.TargetId),
            submission.Latest!.Number, submission.Latest.SubmittedAt, submission.State == SubmissionState.Resubmitted,
            submission.Version, FlagsOf(submission, template))
        {
            Reference = submission.Reference,
        };
}
