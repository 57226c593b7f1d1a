using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Reviews;

/// <summary>
/// The allocation rule of review references: an item gets one when it first awaits the lead's review and keeps it
/// for good (withdrawn, returned, resubmitted or decided). Allocating is two conditional writes: the meeting's
/// <see cref="ReviewReferenceBook"/> issues the number, then <see cref="Assign"/> stores it on the item.
/// </summary>
public static class ReviewReferences
{
    /// <summary>Whether the item awaits review and has no reference yet (the series to issue from, or null).</summary>
    public static string? SeriesNeeded(Submission submission, ProcessTemplate template) =>
        submission.Reference is null && template.FindDeliverable(submission.DeliverableId) is { } deliverable
            && submission.AwaitsReview(deliverable.RequiresApproval)
            ? ReviewReference.SeriesOf(submission.Kind)
            : null;

    /// <summary>Issues the next number of a series from the meeting's book (a new book when there is none yet).</summary>
    public static Outcome<ReviewReferenceBook> Issue(ReviewReferenceBook? book, string meetingId, string series) =>
        (book ?? ReviewReferenceBook.New(meetingId)).Issue(series);

    /// <summary>
    /// Stores the issued reference on the item. An item that already has one keeps it (a race lost to another turn
    /// that referenced it first): a reference never changes once given. Not a change of content, so the version the
    /// lead's card holds stays valid.
    /// </summary>
    public static Outcome<Submission> Assign(Submission? current, ReviewReference reference) => current switch
    {
        null => Failure.NotFound(FailureCodes.SubmissionNotFound),
        { Reference: not null } => current,
        _ => current with { Reference = reference },
    };
}
