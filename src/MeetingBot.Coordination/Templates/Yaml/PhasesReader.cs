namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads <c>phases:</c> in the template's order; ids and order numbers are unique.</summary>
internal static class PhasesReader
{
    public static IReadOnlyList<PhaseDefinition> Read(YamlMap root, ISet<string> declared)
    {
        var phases = new List<PhaseDefinition>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var orders = new HashSet<int>();
        foreach (var node in root.Sequence("phases"))
        {
            if (YamlMap.AsMap(node, "phase", root.Errors) is not { } map)
            {
                continue;
            }

            var id = Identifiers.Read(map, "phase", ids);
            if (id is not null)
            {
                declared.Add(id);
            }

            var order = map.Int("order", 1, 100);
            if (order is { } o && !orders.Add(o))
            {
                map.Errors.Add(map.Get("order")!, $"two phases have order {o}");
            }

            var name = map.Text("name");
            var description = map.Text("description", required: false) ?? name;
            map.RejectUnknownKeys();
            if (id is not null && order is not null && name is not null && description is not null)
            {
                phases.Add(new PhaseDefinition(id, order.Value, name, description));
            }
        }

        if (phases.Count == 0 && !root.Errors.Any)
        {
            root.Errors.Add(root.Node, "a template needs at least one phase");
        }

        return [.. phases.OrderBy(p => p.Order)];
    }
}
