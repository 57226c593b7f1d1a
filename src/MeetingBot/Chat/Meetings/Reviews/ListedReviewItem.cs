namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>One line of a remembered listing: which item, under which reference, at the version the lead saw.</summary>
public sealed class ListedReviewItem
{
    public string Series { get; set; } = string.Empty;

    public int Number { get; set; }

    /// <summary>The item's document (never shown: it is how the bot finds it again).</summary>
    public string Key { get; set; } = string.Empty;

    public long ItemVersion { get; set; }
}
