namespace MeetingBot.Coordination.Reviews;

/// <summary>A reviewer handed an item on to another permitted reviewer (转交), at a version, with a reason.</summary>
public sealed record ReviewDelegation(int VersionNumber, string FromUserId, string ToUserId, DateTimeOffset At, string Reason);
