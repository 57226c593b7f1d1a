namespace MeetingBot.Coordination.Reviews;

/// <summary>The lead's decision on one version: approved, or returned with a comment for the author.</summary>
public sealed record ReviewDecision(int VersionNumber, string ByUserId, DateTimeOffset At, bool Approved, string? Comment);
