using MeetingBot.BotFramework.Builder;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>
/// Follows the hand-in of something that needs approval, within the author's turn (the review side gives it its
/// reference and sends whom it is with the review card). Owned by Submissions so that handing in never depends on
/// the reviews that follow it.
/// </summary>
public interface IHandInFollower
{
    /// <returns>The item as stored afterwards (with its review reference when it got one).</returns>
    Task<Submission> HandedInAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, CancellationToken cancellationToken);
}
