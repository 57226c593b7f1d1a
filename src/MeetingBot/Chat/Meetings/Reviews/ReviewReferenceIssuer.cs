using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// Gives an item awaiting review its stable reference (<see cref="ReviewReferences"/>): the number from the meeting's
/// book (drawn at once, see below), then the number on the item (committed with the turn), each a conditional write. Called on hand-in, and by <c>待审</c> for an item
/// handed in before references existed.
/// </summary>
public sealed class ReviewReferenceIssuer(MeetingRepository repository)
{
    /// <returns>The item with its reference (as stored), or as given when it needs none or could not get one now.</returns>
    public async Task<Submission> EnsureAsync(TurnUnitOfWork? unitOfWork, Submission submission, ProcessTemplate template, CancellationToken cancellationToken)
    {
        if (ReviewReferences.SeriesNeeded(submission, template) is not { } series)
        {
            return submission;
        }

        // The book is drawn from at once, outside the turn's commit, as a database sequence is: every member handing in
        // draws from it, so holding it with the turn would make each of them replay his whole turn on every race for
        // the next number (a quick re-read and re-draw here). A number drawn by a turn that is then lost is a gap,
        // never a number given twice.
        var meetingId = submission.MeetingId;
        var book = await repository.UpdateAsync<ReviewReferenceBook>(unitOfWork: null, DocumentId.ReviewReferences(meetingId),
            current => ReviewReferences.Issue(current, meetingId, series), cancellationToken);
        if (!book.IsSuccess)
        {
            return submission;
        }

        var reference = book.Value.LastOf(series);
        var assigned = await repository.UpdateAsync<Submission>(unitOfWork, submission.Id, current => ReviewReferences.Assign(current, reference), cancellationToken);
        return assigned.IsSuccess ? assigned.Value : submission;
    }
}
