using MeetingBot.BotFramework.State;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// Gives an item awaiting review its stable reference (<see cref="ReviewReferences"/>): the number from the meeting's
/// book, then the number on the item, each a conditional write. Called on hand-in, and by <c>待审</c> for an item
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

        var meetingId = submission.MeetingId;
        var book = await repository.UpdateAsync<ReviewReferenceBook>(unitOfWork, DocumentId.ReviewReferences(meetingId),
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
