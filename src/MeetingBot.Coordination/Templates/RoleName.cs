using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>What a template calls a role, e.g. the lead is 主要负责同志 in one process and the facilitator in another.</summary>
public sealed record RoleName(Role Role, BilingualText Name);
