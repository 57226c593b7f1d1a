namespace MeetingBot.Coordination.Talks;

/// <summary>The other party's answer to a version: confirmed, or disputed with a note.</summary>
public sealed record TalkAnswer(int VersionNumber, string ByUserId, DateTimeOffset At, bool Confirmed, string? Note);
