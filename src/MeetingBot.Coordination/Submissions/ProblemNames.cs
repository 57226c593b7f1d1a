using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Finds the template's problem category or source in what people write: its id, its name in either language, or
/// the core of its Chinese name inside a short heading (形式主义方面, 群众切身利益问题, “最后一公里”) or at the end of a
/// longer one (发生在群众身边的不正之风问题). A word that
/// could be two categories (群众) is no match, so the author is asked rather than guessed for.
/// </summary>
public static class ProblemNames
{
    private static readonly string[] Fillers = ["方面的问题", "方面问题", "方面", "的问题", "问题", "存在的", "存在", "主要"];

    /// <summary>The category id the heading or field names, or null.</summary>
    public static string? Category(string typed, ProcessTemplate template) =>
        Find(typed, template.ProblemCategories.Select(c => (c.Id, c.Name.ZhCn, c.Name.En)));

    /// <summary>The source id the text names, or null.</summary>
    public static string? Source(string typed, ProcessTemplate template) =>
        Find(typed, template.ProblemSources.Select(s => (s.Id, s.Name.ZhCn, s.Name.En)));

    /// <summary>True when the text names a group of categories (四风) rather than one category.</summary>
    public static bool IsGroup(string typed, ProcessTemplate template)
    {
        var core = Core(typed);
        return core.Length > 0 && template.ProblemCategories.Any(c => c.Group is { } g
            && (string.Equals(Core(g.ZhCn), core, StringComparison.Ordinal) || string.Equals(g.En, core, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The one category whose Chinese name appears inside a sentence (存在形式主义倾向), or null.</summary>
    public static string? CategoryMentioned(string sentence, ProcessTemplate template)
    {
        var hits = template.ProblemCategories.Where(c => sentence.Contains(Core(c.Name.ZhCn), StringComparison.Ordinal)).ToList();
        return hits.Count == 1 ? hits[0].Id : null;
    }

    /// <summary>The one source whose name appears inside a sentence, with where it stands, or null.</summary>
    public static (string Id, int Index, int Length)? SourceMentioned(string sentence, ProcessTemplate template)
    {
        foreach (var source in template.ProblemSources)
        {
            var index = sentence.IndexOf(source.Name.ZhCn, StringComparison.Ordinal);
            if (index >= 0)
            {
                return (source.Id, index, source.Name.ZhCn.Length);
            }
        }

        return null;
    }

    private static string? Find(string typed, IEnumerable<(string Id, string Zh, string En)> known)
    {
        var list = known.ToList();
        var text = typed.Trim();
        var exact = list.FirstOrDefault(k => string.Equals(k.Id, text, StringComparison.OrdinalIgnoreCase)
            || string.Equals(k.Zh, text, StringComparison.Ordinal) || string.Equals(k.En, text, StringComparison.OrdinalIgnoreCase));
        if (exact.Id is not null)
        {
            return exact.Id;
        }

        var core = Core(text);
        if (core.Length < 2)
        {
            return null;
        }

        var hits = list.Where(k => Core(k.Zh) is var name && name.Length > 0 && (name.Contains(core, StringComparison.Ordinal) || (core.Length <= name.Length + 4 && core.Contains(name, StringComparison.Ordinal))
                || (name.Length >= 4 && core.EndsWith(name, StringComparison.Ordinal)))
            || (core.Length >= 4 && k.En.Length > 0 && k.En.Contains(core, StringComparison.OrdinalIgnoreCase)))
            .Select(k => k.Id).Distinct().ToList();
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>The name without quotes and the words around it (方面, 问题, 存在).</summary>
    private static string Core(string text)
    {
        var core = new string([.. text.Where(c => c is not ('“' or '”' or '"' or '「' or '」' or '《' or '》' or '【' or '】' or '[' or ']'))]).Trim();
        foreach (var filler in Fillers)
        {
            if (core.EndsWith(filler, StringComparison.Ordinal) && core.Length > filler.Length)
            {
                core = core[..^filler.Length];
            }

            if (core.StartsWith(filler, StringComparison.Ordinal) && core.Length > filler.Length)
            {
                core = core[filler.Length..];
            }
        }

        return core.Trim().TrimEnd('的');
    }
}
