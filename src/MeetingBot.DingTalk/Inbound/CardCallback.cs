namespace MeetingBot.DingTalk.Inbound;

/// <summary>
/// A button pressed on an interactive card (Stream topic <c>/v1.0/card/instances/callback</c>, or the card's HTTP
/// callback): who pressed it, on which card, and <see cref="Content"/> — a JSON string whose
/// <c>cardPrivateData.params</c> are the button's data.
/// </summary>
public sealed record CardCallback
{
    public string? OutTrackId { get; init; }

    public string? UserId { get; init; }

    public string? CorpId { get; init; }

    /// <summary>"IM" with <see cref="SpaceId"/> the group's openConversationId, or empty for a 1:1 card.</summary>
    public string? SpaceType { get; init; }

    public string? SpaceId { get; init; }

    public string? Content { get; init; }
}
