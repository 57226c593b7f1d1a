using MeetingBot.BotFramework.Builder;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>An item that needs approval, handed in: its stable reference (提纲7) first, then the review card to whom it is with.</summary>
public sealed class ReviewHandIn(ReviewReferenceIssuer references, ReviewRequests requests) : IHandInFollower
{
    public async Task<Submission> HandedInAsync(ITurnContext turnContext, MeetingInTurn turn, Submission submission, CancellationToken cancellationToken)
    {
        var referenced = await references.EnsureAsync(turn.UnitOfWork, submission, turn.Template, cancellationToken);
        await requests.SendAsync(turnContext, turn, referenced, cancellationToken);
        return referenced;
    }
}
