namespace MeetingBot.Coordination.CollectiveMaterials;

/// <summary>A member's answer to one circulated version: a comment, or "no comment" (无意见).</summary>
public sealed record MaterialResponse(int VersionNumber, DateTimeOffset At, bool NoComment, string? Comment);
