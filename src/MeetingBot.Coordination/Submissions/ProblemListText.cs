using System.Text.RegularExpressions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Reads a problem list the way people write it: category headings followed by their items
/// ("形式主义方面：1. … 2. …", "一、官僚主义方面" on its own line), a plain numbered list, one item per line, or the
/// table rows "类别｜表现｜事例｜来源｜认账". A group heading (四风方面) names no category; its items name their own.
/// Nothing is refused here: what is missing stays empty for <see cref="ProblemListGaps"/> to ask about.
/// </summary>
public static partial class ProblemListText
{
    public static ProblemList Read(string? text, ProcessTemplate template)
    {
        var items = new List<ProblemItem>();
        string? heading = null;
        var block = new List<string>();

        void Flush()
        {
            items.AddRange(PastedList.Parse(string.Join("\n", block)).Points
                .Select(p => ProblemItemText.Read(p, heading, template))
                .Where(i => i.Manifestation.Length > 0 || i.TypicalCase.Length > 0));
            block.Clear();
        }

        foreach (var line in HeadingsOnTheirOwnLines(text ?? string.Empty, template).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Heading(line, template) is { } found)
            {
                Flush();
                heading = found.Category;
                if (found.Body.Length > 0)
                {
                    block.Add(found.Body);
                }
            }
            else
            {
                block.Add(line);
            }
        }

        Flush();
        return new ProblemList(items);
    }

    /// <summary>
    /// The web chat box has one line: people type the next heading straight after the last item
    /// ("… 2. 调研走过场 官僚主义方面：1. …"). A category's "…方面：" inside a line starts a line of its own; a "方面："
    /// that names no category (在服务群众方面：…) stays where it is.
    /// </summary>
    private static string HeadingsOnTheirOwnLines(string text, ProcessTemplate template)
    {
        // Whole names only (a run of characters ending in one), so an item's own words never become a heading.
        var names = template.ProblemCategories.Select(c => c.Name.ZhCn)
            .Concat(template.ProblemCategories.Where(c => c.Group is not null).Select(c => c.Group!.ZhCn))
            .Select(n => n.EndsWith("问题", StringComparison.Ordinal) && n.Length > 4 ? n[..^2] : n)
            .Where(n => n.Length >= 2)
            .OrderByDescending(n => n.Length)
            .ToList();
        return InlineHeading().Replace(text.ReplaceLineEndings("\n"), match =>
        {
            var run = match.Groups["run"].Value;
            var name = names.FirstOrDefault(n => run.EndsWith(n, StringComparison.Ordinal));
            return name is null ? match.Value : run[..^name.Length] + "\n" + name + match.Groups["rest"].Value;
        });
    }

    [GeneratedRegex(@"(?<=[^\n\p{IsCJKUnifiedIdeographs}])(?<run>\p{IsCJKUnifiedIdeographs}{2,24})(?<rest>方面(?:的问题)?[：:])")]
    private static partial Regex InlineHeading();

    /// <summary>
    /// A line that opens a category: its label (after any 一、 / （一） marker) names a category or a group, and it
    /// holds nothing else, or a list, or is not itself a numbered item ("1. 形式主义：文山会海" is an item).
    /// </summary>
    private static (string? Category, string Body)? Heading(string line, ProcessTemplate template)
    {
        if (line.IndexOfAny(['|', '｜']) >= 0)
        {
            return null;
        }

        var marker = ListMarker.AtStart(line);
        var unmarked = marker is null ? line : line[(marker.Index + marker.Length)..].Trim();
        var close = unmarked.Length > 0 && unmarked[0] is '【' or '[' ? unmarked.IndexOfAny(['】', ']']) : -1;
        var colon = close > 0 ? close : unmarked.IndexOfAny(['：', ':']);
        var label = (colon >= 0 ? unmarked[..colon] : unmarked).Trim().TrimStart('【', '[');
        var body = colon >= 0 ? unmarked[(colon + 1)..].Trim().TrimStart('：', ':').Trim() : string.Empty;
        if (label.Length > 24)
        {
            return null;
        }

        var category = ProblemNames.Category(label, template);
        var isGroup = category is null && ProblemNames.IsGroup(label, template);
        if (category is null && !isGroup)
        {
            return null;
        }

        var bodyIsList = body.Length == 0 || ListMarker.AtStart(body) is not null || ListMarker.Inline(body).Any(m => m.Number == 1);
        var itemMarker = marker is not null && marker.Style is "arabic" or "circled" or "bullet";
        return bodyIsList || !itemMarker ? (category, body) : null;
    }
}
