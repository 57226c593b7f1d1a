using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.State;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>Keeps and reads the lead's last <see cref="ReviewListing"/> in his user-in-conversation state.</summary>
public sealed class ReviewListings(PrivateConversationState privateState)
{
    public const string Property = "reviews.listing";

    private readonly IStatePropertyAccessor<ReviewListing> _listing = privateState.CreateProperty<ReviewListing>(Property);

    public Task<ReviewListing?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) => _listing.GetAsync(turnContext, cancellationToken);

    public Task SaveAsync(ITurnContext turnContext, ReviewListing listing, CancellationToken cancellationToken) => _listing.SetAsync(turnContext, listing, cancellationToken);
}
