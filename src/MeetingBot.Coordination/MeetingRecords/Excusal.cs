namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>The office excused a person from the meeting (请假): the reason, when, by whom.</summary>
public sealed record Excusal(string UserId, string Reason, DateTimeOffset At, string ByUserId);
