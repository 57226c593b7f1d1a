using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Ids in templates end up in document ids (and so in storage keys) and commands, so they are lower-case kebab words and unique
/// within their list.
/// </summary>
internal static partial class Identifiers
{
    public static string? Read(YamlMap map, string what, HashSet<string> seen)
    {
        var id = map.String("id");
        if (id is null)
        {
            return null;
        }

        var node = map.Get("id")!;
        if (!Pattern().IsMatch(id))
        {
            map.Errors.Add(node, $"{what} id '{id}' must be lower-case letters, digits and hyphens");
            return null;
        }

        if (!seen.Add(id))
        {
            map.Errors.Add(node, $"duplicate {what} id '{id}'");
            return null;
        }

        return id;
    }

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    public static void RequireKnown(YamlMap map, YamlNode node, string what, string id, IEnumerable<string> known)
    {
        if (!known.Contains(id, StringComparer.Ordinal))
        {
            map.Errors.Add(node, $"unknown {what} '{id}'");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
