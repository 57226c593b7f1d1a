namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>What <c>全部批准</c> asks the lead to confirm: the listed items still as he saw them, and what he was told.</summary>
/// <param name="Summary">The confirmation text (every item, and who each discloses to), shown once and kept for the record of the turn.</param>
public sealed record ApproveAllRequest(IReadOnlyList<ApproveAllItem> Items, string Summary, DateTimeOffset AskedAt);
