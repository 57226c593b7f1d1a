using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>A pair in the talk plan, with the rules that put it there (none when the secretary added it).</summary>
public sealed record PlannedTalk(TalkPairKey Pair, IReadOnlyList<PairingRule> Rules, bool AddedBySecretary);
