using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>
/// Reads a pasted outline into points for the plain-text path: one point per list item, the example being what
/// follows the first example marker (例如, 比如, e.g.), the aspect guessed from the template's keywords, the longest match winning (left
/// empty when none matches, so the author or the pre-review can see it).
/// </summary>
public static class OutlineText
{
    public static CriticismOutline Read(string pasted, ProcessTemplate template, OutlineRules? rules)
    {
        var markers = rules?.ExampleMarkers ?? [];
        var points = PastedList.Parse(pasted).Points.Select(item =>
        {
            var (text, example) = SplitExample(item, markers);
            // The most specific keyword wins: "身边工作人员" says strictness although it contains "工作".
            var aspect = template.Aspects
                .SelectMany(a => a.Keywords.Where(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)).Select(k => (Aspect: a, k.Length)))
                .OrderByDescending(x => x.Length)
                .Select(x => x.Aspect)
                .FirstOrDefault();
            return new OutlinePoint(aspect?.Id, text, example);
        });
        return new CriticismOutline([.. points]);
    }

    private static (string Text, string? Example) SplitExample(string item, IReadOnlyList<string> markers)
    {
        var hit = markers
            .Select(m => (Marker: m, Index: item.IndexOf(m, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Index >= 0)
            .OrderBy(h => h.Index)
            .FirstOrDefault();
        if (hit.Marker is null)
        {
            return (item, null);
        }

        var text = item[..hit.Index].TrimEnd(' ', ',', '\uFF0C', '\u3002', ';', '\uFF1B', ':', '\uFF1A', '(', '\uFF08');
        var example = item[(hit.Index + hit.Marker.Length)..].Trim(' ', ',', '\uFF0C', ':', '\uFF1A', ')', '\uFF09');
        return (text.Length == 0 ? item : text, example.Length == 0 ? null : example);
    }
}
