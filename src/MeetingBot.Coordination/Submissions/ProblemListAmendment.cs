using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// The author's answer to "what is still missing": one line per fix, each "2 官僚主义", "第3条 事例：…",
/// "1. 来源：上级点" or, without a number, for the first item that still lacks something. A labelled value
/// (类别/表现/事例/来源/异议) sets that part; an unlabelled one fills the item's first gap it fits.
/// </summary>
public static partial class ProblemListAmendment
{
    private const string ChineseDigits = "一二三四五六七八九十";

    private static readonly (string Label, ProblemField Field)[] Labels =
    [
        ("类别", ProblemField.Category), ("category", ProblemField.Category),
        ("具体表现", ProblemField.Manifestation), ("表现", ProblemField.Manifestation), ("manifestation", ProblemField.Manifestation),
        ("典型事例", ProblemField.TypicalCase), ("事例", ProblemField.TypicalCase), ("例子", ProblemField.TypicalCase), ("typical case", ProblemField.TypicalCase), ("case", ProblemField.TypicalCase),
        ("来源", ProblemField.Source), ("source", ProblemField.Source),
        ("异议", ProblemField.DisputeNote), ("不准确", ProblemField.DisputeNote), ("disputed", ProblemField.DisputeNote),
    ];

    /// <returns>The amended list, or null when the answer fixes nothing (it is then not an answer to the gaps).</returns>
    public static ProblemList? Apply(ProblemList list, string answer, ProcessTemplate template)
    {
        if (list.Items.Count == 0)
        {
            return null;
        }

        var items = list.Items.ToList();
        var changed = false;
        foreach (var line in answer.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (number, text) = Numbered(line);
            var gaps = ProblemListGaps.Of(new ProblemList(items), template);
            var index = number is { } n && n >= 1 && n <= items.Count ? n - 1
                : (gaps.FirstOrDefault(g => g.Required) ?? (gaps.Count > 0 ? gaps[0] : null))?.Number - 1;
            if (index is not { } at || text.Length == 0)
            {
                continue;
            }

            var fixedItem = Fix(items[at], text, gaps.Where(g => g.Number == at + 1).ToList(), template);
            if (fixedItem is not null)
            {
                items[at] = fixedItem;
                changed = true;
            }
        }

        return changed ? new ProblemList(items) : null;
    }

    private static ProblemItem? Fix(ProblemItem item, string text, IReadOnlyList<ProblemGap> gaps, ProcessTemplate template)
    {
        var label = Labels.FirstOrDefault(l => text.StartsWith(l.Label, StringComparison.OrdinalIgnoreCase)
            && text.Length > l.Label.Length && text[l.Label.Length] is '：' or ':' or ' ');
        if (label.Label is not null)
        {
            return Set(item, label.Field, ProblemItemText.Clean(text[label.Label.Length..]), template);
        }

        if (ProblemNames.Category(text, template) is { } category)
        {
            return item with { CategoryId = category };
        }

        if (ProblemNames.Source(text, template) is { } source && gaps.Any(g => g.Field == ProblemField.Source))
        {
            return item with { SourceId = source };
        }

        var gap = gaps.FirstOrDefault(g => g.Field is ProblemField.Manifestation or ProblemField.TypicalCase or ProblemField.DisputeNote);
        return gap is null ? null : Set(item, gap.Field, ProblemItemText.Clean(text), template);
    }

    private static ProblemItem? Set(ProblemItem item, ProblemField field, string value, ProcessTemplate template) => value.Length == 0 ? null : field switch
    {
        ProblemField.Category => item with { CategoryId = ProblemNames.Category(value, template) ?? value },
        ProblemField.Manifestation => item with { Manifestation = value },
        ProblemField.TypicalCase => item with { TypicalCase = value },
        ProblemField.Source => item with { SourceId = ProblemNames.Source(value, template) ?? value },
        _ => item with { Acknowledgement = ProblemAcknowledgement.Disputed, DisputeNote = value },
    };

    private static (int? Number, string Text) Numbered(string line)
    {
        var match = NumberPattern().Match(line);
        if (!match.Success)
        {
            return (null, line);
        }

        var digits = match.Groups["n"].Value;
        int? number = int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
            : digits.Length == 1 ? ChineseDigits.IndexOf(digits[0], StringComparison.Ordinal) + 1 : null;
        return (number, line[match.Length..].Trim());
    }

    [GeneratedRegex(@"^(?:第\s*)?(?<n>\d{1,2}|[一二三四五六七八九十])\s*(?:条|项)?\s*(?:[\.、．:：,，]|\s|(?<=[条项]))\s*")]
    private static partial Regex NumberPattern();
}
