namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads a self-examination material's <c>materialReview:</c>; every category and source must be one the template defines.</summary>
internal static class MaterialRulesReader
{
    public static MaterialRules? Read(YamlMap deliverable, TemplateVocabulary vocabulary)
    {
        if (deliverable.Map("materialReview", required: false) is not { } map)
        {
            return null;
        }

        var categories = map.Strings("namedCategories");
        if (map.Get("namedCategories") is { } categoriesNode)
        {
            foreach (var category in categories)
            {
                Identifiers.RequireKnown(map, categoriesNode, "problem category", category, vocabulary.Categories.Select(c => c.Id));
            }
        }

        var sources = map.Strings("answerSources");
        if (map.Get("answerSources") is { } sourcesNode)
        {
            foreach (var source in sources)
            {
                Identifiers.RequireKnown(map, sourcesNode, "problem source", source, vocabulary.Sources.Select(s => s.Id));
            }
        }

        var rules = new MaterialRules(categories, sources, map.Strings("familyRuleWords"));
        map.RejectUnknownKeys();
        return rules;
    }
}
