using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Obligations;

/// <summary>An obligation with its progress and whether that meets what the readiness rules count as done.</summary>
/// <param name="AwaitedFrom">For a recorded talk, the party who must confirm it.</param>
public sealed record ObligationStatus(Obligation Obligation, Progress Progress, Completion Required, bool IsComplete, string? AwaitedFrom);
