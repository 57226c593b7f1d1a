using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Talks;

/// <summary>
/// The talk plan (谈心谈话方案): the pairs the template's rules give for the current roster, minus the pairs the
/// secretary dropped, plus those he added. It is computed, never stored, so a roster change is reflected at once;
/// only the secretary's adjustments are kept (on the meeting).
/// </summary>
public sealed record TalkPlan(IReadOnlyList<PlannedTalk> Talks)
{
    public static TalkPlan For(Meeting meeting, ProcessTemplate template)
    {
        var generated = Generate(meeting, template.TalkPairing);
        var talks = generated
            .Where(g => !meeting.DroppedTalkPairs.Contains(g.Key))
            .Select(g => new PlannedTalk(g.Key, g.Value, false))
            .Concat(meeting.AddedTalkPairs.Where(p => !generated.ContainsKey(p)).Select(p => new PlannedTalk(p, [], true)));
        return new TalkPlan([.. talks]);
    }

    public bool Contains(TalkPairKey pair) => Talks.Any(t => t.Pair == pair);

    /// <summary>The talks one person takes part in.</summary>
    public IEnumerable<PlannedTalk> Of(string userId) => Talks.Where(t => t.Pair.Includes(userId));

    /// <summary>Every generated pair in roster order, with the rules that produced it; a pair given by two rules appears once.</summary>
    public static IReadOnlyDictionary<TalkPairKey, IReadOnlyList<PairingRule>> Generate(Meeting meeting, IReadOnlyList<PairingRule> rules)
    {
        var pairs = new Dictionary<TalkPairKey, List<PairingRule>>();
        var order = new List<TalkPairKey>();
        void Add(string one, string other, PairingRule rule)
        {
            if (one == other)
            {
                return;
            }

            var key = TalkPairKey.Of(one, other);
            if (!pairs.TryGetValue(key, out var reasons))
            {
                pairs[key] = reasons = [];
                order.Add(key);
            }

            if (!reasons.Contains(rule))
            {
                reasons.Add(rule);
            }
        }

        var members = meeting.Members;
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case PairingRule.LeadWithEachMember:
                    members.ToList().ForEach(m => Add(meeting.Lead.UserId, m.UserId, rule));
                    break;
                case PairingRule.MembersWithEachOther:
                    for (var i = 0; i < members.Count; i++)
                    {
                        for (var j = i + 1; j < members.Count; j++)
                        {
                            Add(members[i].UserId, members[j].UserId, rule);
                        }
                    }

                    break;
                case PairingRule.MemberWithOverseenDepartmentHeads:
                    members.ToList().ForEach(m => m.OverseenDepartmentHeads.ToList().ForEach(h => Add(m.UserId, h, rule)));
                    break;
            }
        }

        return order.ToDictionary(k => k, k => (IReadOnlyList<PairingRule>)pairs[k]);
    }
}
