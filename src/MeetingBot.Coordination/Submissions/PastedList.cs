using System.Text;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// Splits pasted text into points, for the plain-text path of every list (problems, measures, outline points).
/// Items start at a marker (<c>1.</c> <c>1、</c> <c>(1)</c> <c>一、</c> <c>①</c> <c>-</c>); lines without a marker
/// continue the item above; an inline run such as "1、… 2、… 3、…" on one line is split too. Text before the
/// first marker is kept as the heading, never dropped; text without any marker gives one point per line.
/// </summary>
public sealed record PastedList(string? Heading, IReadOnlyList<string> Points)
{
    public static PastedList Parse(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).SelectMany(SplitInline).ToList();
        if (!lines.Any(l => ListMarker.AtStart(l) is not null))
        {
            return new PastedList(null, lines);
        }

        var heading = new List<string>();
        var points = new List<StringBuilder>();
        foreach (var line in lines)
        {
            if (ListMarker.AtStart(line) is { } marker)
            {
                points.Add(new StringBuilder(line[(marker.Index + marker.Length)..].Trim()));
            }
            else if (points.Count == 0)
            {
                heading.Add(line);
            }
            else
            {
                Join(points[^1], line);
            }
        }

        return new PastedList(
            heading.Count == 0 ? null : string.Join(" ", heading),
            [.. points.Select(p => p.ToString().Trim()).Where(p => p.Length > 0)]);
    }

    /// <summary>Splits a line holding a numbered run (1、…2、…, ①…②…) where each next number follows the previous one.</summary>
    private static IEnumerable<string> SplitInline(string line)
    {
        var first = ListMarker.AtStart(line);
        var cuts = new List<int>();
        int? expected = first?.Number is { } n ? n + 1 : null;
        var style = first?.Style;
        foreach (var marker in ListMarker.Inline(line))
        {
            if (first is not null && marker.Index <= first.Index)
            {
                continue;
            }

            // A run may also start mid-line at 1 or ①, e.g. "意见如下:①…②…".
            if (expected is null && marker.Number == 1)
            {
                (expected, style) = (2, marker.Style);
                cuts.Add(marker.Index);
            }
            else if (marker.Number == expected && marker.Style == style)
            {
                cuts.Add(marker.Index);
                expected++;
            }
        }

        // A lone 一是 inside a sentence (我认为，一是要加强学习) is no list: a run started mid-line this way needs its 二是.
        if (first is null && style == "enumerated" && cuts.Count < 2)
        {
            cuts.Clear();
        }

        var start = 0;
        foreach (var cut in cuts)
        {
            if (cut > start)
            {
                yield return line[start..cut].Trim();
            }

            start = cut;
        }

        yield return line[start..].Trim();
    }

    /// <summary>A wrapped line joins without a space in Chinese and with one in English.</summary>
    private static void Join(StringBuilder point, string line)
    {
        var previous = point.Length == 0 ? ' ' : point[^1];
        var separator = IsCjk(previous) || IsCjk(line[0]) ? "" : " ";
        point.Append(separator).Append(line);
    }

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF' or >= '\u3000' and <= '\u303F';
}
