namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>What a review decision came to, as the reply for the lead (already in his language).</summary>
public sealed record ReviewResult(bool Succeeded, string Reply);
