namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>The card verbs of a review and the field names their data carries; stored in sent cards, so they never change.</summary>
public static class ReviewVerbs
{
    public const string Approve = "review.approve";
    public const string Return = "review.return";
    public const string KeyField = "key";
    public const string VersionField = "version";
    public const string CommentField = "comment";
}
