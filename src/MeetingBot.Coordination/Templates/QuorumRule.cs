namespace MeetingBot.Coordination.Templates;

/// <summary>At least <paramref name="Fraction"/> of the members must have confirmed they attend.</summary>
public sealed record QuorumRule(string DeliverableId, Quorum Fraction);
