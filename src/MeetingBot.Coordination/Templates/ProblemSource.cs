using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates;

/// <summary>Where a problem came from, e.g. 群众提 (raised by the masses) or 自己找 (found by oneself).</summary>
public sealed record ProblemSource(string Id, BilingualText Name);
