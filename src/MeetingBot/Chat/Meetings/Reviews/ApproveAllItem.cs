namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>One item of an approve-all: its document (never shown) and the version the lead's listing showed.</summary>
public sealed record ApproveAllItem(string Key, long Version);
