namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>The cancellation being confirmed: which meeting, and the reason given with the command.</summary>
public sealed record CancelRequest(string MeetingId, string Theme, string? Reason);
