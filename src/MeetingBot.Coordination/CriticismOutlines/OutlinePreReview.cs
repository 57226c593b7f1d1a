using System.Globalization;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.CriticismOutlines;

/// <summary>
/// The rule-based check an outline gets before it reaches the lead, from the template's <see cref="OutlineRules"/>:
/// too few points, a required aspect not covered, a point without a concrete example, a stock phrase with no
/// substance. A point counts for an aspect when it names the aspect or, if it names none, mentions one of the
/// aspect's keywords.
/// </summary>
public static class OutlinePreReview
{
    public static IReadOnlyList<OutlineFlag> Check(CriticismOutline outline, OutlineRules rules, IReadOnlyList<CriticismAspect> aspects)
    {
        var flags = new List<OutlineFlag>();
        var points = outline.Points.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        if (points.Count < rules.MinimumPoints)
        {
            flags.Add(new OutlineFlag(OutlineFlagCode.TooFewPoints, null, null, null, new BilingualText(
                $"批评意见只有{points.Count}条，至少应有{rules.MinimumPoints}条。",
                string.Create(CultureInfo.InvariantCulture, $"Only {points.Count} point(s); at least {rules.MinimumPoints} are expected."))));
        }

        foreach (var aspect in rules.RequiredAspects.Select(id => aspects.FirstOrDefault(a => a.Id == id)).OfType<CriticismAspect>())
        {
            if (!points.Any(p => Covers(p, aspect)))
            {
                flags.Add(new OutlineFlag(OutlineFlagCode.AspectNotCovered, null, aspect.Id, null, new BilingualText(
                    $"没有从“{aspect.Name.ZhCn}”方面指出问题。", $"No point on “{aspect.Name.En}”.")));
            }
        }

        for (var i = 0; i < points.Count; i++)
        {
            flags.AddRange(CheckPoint(points[i], i + 1, rules));
        }

        return flags;
    }

    public static bool Covers(OutlinePoint point, CriticismAspect aspect) =>
        point.AspectId is not null
            ? point.AspectId == aspect.Id
            : aspect.Keywords.Any(k => point.Text.Contains(k, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<OutlineFlag> CheckPoint(OutlinePoint point, int number, OutlineRules rules)
    {
        if (rules.ExampleRequired && OutlineSubstance.Of(point.Example, rules.StockPhrases) < Math.Max(1, rules.MinimumExampleLength))
        {
            yield return new OutlineFlag(OutlineFlagCode.NoConcreteExample, number, point.AspectId, null, new BilingualText(
                $"第{number}条没有具体事例。", string.Create(CultureInfo.InvariantCulture, $"Point {number} has no concrete example.")));
        }

        var phrase = OutlineSubstance.FirstStockPhrase(point.Text, rules.StockPhrases);
        if (phrase is not null && OutlineSubstance.Of(point.Text, rules.StockPhrases) < rules.MinimumSubstanceLength)
        {
            yield return new OutlineFlag(OutlineFlagCode.StockPhrase, number, point.AspectId, phrase, new BilingualText(
                $"第{number}条只有套话（“{phrase}”），没有实质内容。",
                string.Create(CultureInfo.InvariantCulture, $"Point {number} is a stock phrase (“{phrase}”) with no substance.")));
        }
    }
}
