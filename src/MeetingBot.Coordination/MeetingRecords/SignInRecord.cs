namespace MeetingBot.Coordination.MeetingRecords;

/// <summary>One person signed in (签到): when, and how (<see cref="SignInVia"/>).</summary>
public sealed record SignInRecord(string UserId, DateTimeOffset At, string Via);
