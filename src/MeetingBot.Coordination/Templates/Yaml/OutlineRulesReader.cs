namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads a criticism outline's <c>preReview:</c>; every required aspect must be one the template defines.</summary>
internal static class OutlineRulesReader
{
    public static OutlineRules? Read(YamlMap deliverable, IReadOnlyList<CriticismAspect> aspects)
    {
        if (deliverable.Map("preReview", required: false) is not { } map)
        {
            return null;
        }

        var minimumPoints = map.Int("minimumPoints", 1, 50) ?? 1;
        var required = map.Strings("requiredAspects");
        if (map.Get("requiredAspects") is { } requiredNode)
        {
            foreach (var aspect in required)
            {
                Identifiers.RequireKnown(map, requiredNode, "aspect", aspect, aspects.Select(a => a.Id));
            }
        }

        var rules = new OutlineRules(
            minimumPoints,
            required,
            map.Bool("exampleRequired", fallback: true),
            map.Int("minimumExampleLength", 0, 200, required: false) ?? 6,
            map.Int("minimumSubstanceLength", 0, 200, required: false) ?? 6,
            map.Strings("stockPhrases"),
            map.Strings("exampleMarkers"));
        map.RejectUnknownKeys();
        return rules;
    }
}
