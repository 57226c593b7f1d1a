namespace MeetingBot.Coordination.Templates;

/// <summary>
/// Which deliverable a typed name means: its id, its zh-CN or English name, or a part of the name people use
/// (学习 for 学习情况; 学习心得 shares 学习 with it). Only an unambiguous answer counts.
/// </summary>
public static class DeliverableNames
{
    public static IReadOnlyList<DeliverableDefinition> Matching(ProcessTemplate template, string typed)
    {
        var word = typed.Trim();
        if (word.Length == 0)
        {
            return [];
        }

        var exact = template.Deliverables.Where(d => Same(d.Id, word) || Same(d.Name.ZhCn, word) || Same(d.Name.En, word)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var partial = template.Deliverables.Where(d => Contains(d.Name.ZhCn, word) || Contains(d.Name.En, word) || Contains(word, d.Name.ZhCn)).ToList();
        if (partial.Count > 0)
        {
            return partial;
        }

        // A name of one's own (学习心得 for 学习情况): the longest shared Chinese opening of at least two characters.
        var byOpening = template.Deliverables.Select(d => (Deliverable: d, Shared: SharedOpening(d.Name.ZhCn, word))).Where(x => x.Shared >= 2).ToList();
        return byOpening.Count == 0 ? [] : [.. byOpening.Where(x => x.Shared == byOpening.Max(y => y.Shared)).Select(x => x.Deliverable)];
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static int SharedOpening(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }
}
