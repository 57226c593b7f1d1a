using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads the template's own words: problem categories, problem sources and criticism aspects.</summary>
internal static class VocabularyReader
{
    public static IReadOnlyList<ProblemCategory> Categories(YamlMap root) =>
        ReadList<ProblemCategory>(root, "problemCategories", "problem category", map =>
        {
            var group = map.Text("group", required: false);
            return (id, name) => new ProblemCategory(id, name, group);
        });

    public static IReadOnlyList<ProblemSource> Sources(YamlMap root) =>
        ReadList<ProblemSource>(root, "problemSources", "problem source", _ => (id, name) => new ProblemSource(id, name));

    public static IReadOnlyList<CriticismAspect> Aspects(YamlMap root) =>
        ReadList<CriticismAspect>(root, "aspects", "aspect", map =>
        {
            var keywords = map.Strings("keywords");
            return (id, name) => new CriticismAspect(id, name, keywords);
        });

    /// <param name="readExtras">Reads the item's other keys (so they count as known) and returns how to build it.</param>
    internal static IReadOnlyList<T> ReadList<T>(YamlMap root, string key, string what, Func<YamlMap, Func<string, BilingualText, T>> readExtras)
    {
        var items = new List<T>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in root.Sequence(key, required: false))
        {
            if (YamlMap.AsMap(node, what, root.Errors) is not { } map)
            {
                continue;
            }

            var id = Identifiers.Read(map, what, ids);
            var name = map.Text("name");
            var create = readExtras(map);
            map.RejectUnknownKeys();
            if (id is not null && name is not null)
            {
                items.Add(create(id, name));
            }
        }

        return items;
    }
}
