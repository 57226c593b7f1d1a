using System.Text.RegularExpressions;
using MeetingBot.Coordination.Submissions;

namespace MeetingBot.Coordination.Rectification;

/// <summary>
/// The problems and measures of a material handed in as a Word file, read from its extracted text as offices lay it
/// out: top-level headings 一、二、三、…, the problems under a heading naming 问题 (not 原因), the measures under one
/// naming 措施 or 整改; each item at its own marker (1. （一） ① 一是…) or line. A file without such headings yields none.
/// </summary>
public static partial class DocumentMeasures
{
    public static (IReadOnlyList<string> Problems, IReadOnlyList<string> Measures) Read(string? text)
    {
        var sections = new List<(string Heading, List<string> Lines)>();
        foreach (var line in (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (TopHeading().IsMatch(line))
            {
                sections.Add((line, []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Lines.Add(line);
            }
        }

        return (Items(sections, h => h.Contains("问题", StringComparison.Ordinal) && !h.Contains("原因", StringComparison.Ordinal) && !IsMeasures(h)),
            Items(sections, IsMeasures));
    }

    private static bool IsMeasures(string heading) => heading.Contains("措施", StringComparison.Ordinal) || heading.Contains("整改", StringComparison.Ordinal);

    private static IReadOnlyList<string> Items(List<(string Heading, List<string> Lines)> sections, Func<string, bool> wanted) =>
        sections.FirstOrDefault(s => wanted(s.Heading)) is { Lines.Count: > 0 } section
            ? [.. PastedList.Parse(string.Join('\n', section.Lines)).Points.Select(p => p.Trim()).Where(p => p.Length > 0)]
            : [];

    /// <summary>一、 二、 … 十二、 at the start of a line: the material's top-level sections.</summary>
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex TopHeading();
}
