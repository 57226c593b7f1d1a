using System.Security.Claims;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>One turn: the incoming activity, the means to answer it, and services scoped to the turn.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Who the channel's token says sent this (empty when authentication is off).</summary>
    ClaimsIdentity Identity { get; }

    /// <summary>Services and values that live for this turn only.</summary>
    TurnState TurnState { get; }

    /// <summary>Whether the bot has sent anything this turn.</summary>
    bool Responded { get; }

    /// <summary>Whether this activity's serviceUrl was vouched for by the channel's signed token.</summary>
    bool ServiceUrlVerified { get; }

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>
    /// From now on, replies are held instead of sent, until <see cref="CommitRepliesAsync"/> or
    /// <see cref="DiscardReplies"/>: a turn replayed after a state conflict must not have spoken already.
    /// </summary>
    void HoldReplies();

    /// <summary>Sends the held replies, in order, and stops holding.</summary>
    Task CommitRepliesAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops the held replies and stops holding.</summary>
    void DiscardReplies();
}
