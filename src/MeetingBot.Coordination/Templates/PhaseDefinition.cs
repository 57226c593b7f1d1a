using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>A step of the process in the template's order, e.g. 精心组织学习.</summary>
public sealed record PhaseDefinition(string Id, int Order, BilingualText Name, BilingualText Description);
