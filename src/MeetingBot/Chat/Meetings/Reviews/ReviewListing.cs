namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// The last <c>待审</c> listing a lead was shown, in order, kept in his user-in-conversation state: a bare number
/// (<c>批准 2</c>) and <c>全部批准</c> act on what he was looking at, never on the queue as it is later.
/// </summary>
public sealed class ReviewListing
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string MeetingId { get; set; } = string.Empty;

    /// <summary>When it was shown, for the confirmation's time limit and to tell an old listing.</summary>
    public DateTimeOffset ShownAt { get; set; }

    public List<ListedReviewItem> Items { get; set; } = [];
}
