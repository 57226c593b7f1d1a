using MeetingBot.Coordination.Obligations;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Readiness;

/// <summary>One obligation of one person as a status line: the deliverable, with whom or about whom, how far, by when.</summary>
/// <param name="WithName">The outline's target or the talk's other party.</param>
/// <param name="AwaitsThisPerson">A talk recorded by the other party, waiting for this person's confirmation.</param>
public sealed record ObligationLine(
    string DeliverableId,
    BilingualText DeliverableName,
    string? WithUserId,
    string? WithName,
    Progress Progress,
    bool IsComplete,
    DateTimeOffset? Due,
    bool Overdue,
    bool AwaitsThisPerson);
