namespace MeetingBot.Coordination.Readiness;

/// <summary>One person's obligations, done and missing.</summary>
public sealed record PersonReadiness(string UserId, string Name, IReadOnlyList<ObligationLine> Done, IReadOnlyList<ObligationLine> Missing);
