using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads <c>readiness:</c>. Every deliverable named must exist and suit its rule; the report upward and the
/// attendance have rules of their own and are not also listed under <c>require</c>.
/// </summary>
internal static class ReadinessReader
{
    public static ReadinessRules Read(YamlMap root, IReadOnlyList<DeliverableDefinition> deliverables, IReadOnlySet<string> declared)
    {
        if (root.Map("readiness") is not { } map)
        {
            return new ReadinessRules([], null, null);
        }

        var reportUpward = ReadReportUpward(map, deliverables, declared);
        var quorum = ReadQuorum(map, deliverables, declared);
        var required = new List<RequiredDeliverable>();
        foreach (var node in map.Sequence("require"))
        {
            if (ReadRequired(map, node, deliverables, declared) is not { } item)
            {
                continue;
            }

            if (item.DeliverableId == reportUpward?.DeliverableId || item.DeliverableId == quorum?.DeliverableId)
            {
                map.Errors.Add(node, $"'{item.DeliverableId}' is checked by its own readiness rule; do not list it under 'require'");
            }
            else if (required.Any(r => r.DeliverableId == item.DeliverableId))
            {
                map.Errors.Add(node, $"'{item.DeliverableId}' is required twice");
            }
            else
            {
                required.Add(item);
            }
        }

        map.RejectUnknownKeys();
        return new ReadinessRules(required, reportUpward, quorum);
    }

    private static RequiredDeliverable? ReadRequired(YamlMap map, YamlNode node, IReadOnlyList<DeliverableDefinition> deliverables, IReadOnlySet<string> declared)
    {
        string? id;
        YamlNode at = node;
        Completion? completion = null;
        if (node is YamlMappingNode)
        {
            var item = YamlMap.AsMap(node, "require", map.Errors)!;
            id = item.String("deliverable");
            at = item.Get("deliverable") ?? node;
            if (item.String("state", required: false) is { } state)
            {
                if (KebabCase.TryParse<Completion>(state, out var parsed))
                {
                    completion = parsed;
                }
                else
                {
                    map.Errors.Add(item.Get("state")!, $"unknown state '{state}' (one of {KebabCase.Choices<Completion>()})");
                }
            }

            item.RejectUnknownKeys();
        }
        else
        {
            id = map.Scalar(node, "require");
        }

        if (id is null || Find(map, at, id, deliverables, declared) is not { } deliverable)
        {
            return null;
        }

        var chosen = completion ?? deliverable.DefaultCompletion;
        if (!Suits(deliverable, chosen))
        {
            map.Errors.Add(at, $"'{id}' cannot be required as '{KebabCase.Of(chosen)}'");
            return null;
        }

        return new RequiredDeliverable(id, chosen);
    }

    private static bool Suits(DeliverableDefinition deliverable, Completion completion) => completion switch
    {
        Completion.Submitted => true,
        Completion.Approved => deliverable.RequiresApproval,
        Completion.Confirmed => deliverable.Kind == DeliverableKind.TalkRecord,
        Completion.Finalised => deliverable.Kind == DeliverableKind.CollectiveMaterial,
        _ => false,
    };

    private static ReportUpwardRule? ReadReportUpward(YamlMap map, IReadOnlyList<DeliverableDefinition> deliverables, IReadOnlySet<string> declared)
    {
        if (map.Map("reportUpward", required: false) is not { } rule)
        {
            return null;
        }

        var id = rule.String("deliverable");
        var days = rule.Int("daysAhead", 1, 60);
        rule.RejectUnknownKeys();
        if (id is null || days is null || Find(rule, rule.Get("deliverable")!, id, deliverables, declared, DeliverableKind.ReportUpward) is not { } deliverable)
        {
            return null;
        }

        if (deliverable.Deadline.Days > -days.Value)
        {
            rule.Errors.Add(rule.Get("daysAhead")!,
                $"'{id}' is due at {deliverable.Deadline}, later than the {days} days ahead the report must be made");
        }

        return new ReportUpwardRule(id, days.Value);
    }

    private static QuorumRule? ReadQuorum(YamlMap map, IReadOnlyList<DeliverableDefinition> deliverables, IReadOnlySet<string> declared)
    {
        if (map.Map("quorum", required: false) is not { } rule)
        {
            return null;
        }

        var id = rule.String("deliverable");
        var text = rule.String("fraction");
        rule.RejectUnknownKeys();
        Quorum? fraction = null;
        if (text is not null && !Quorum.TryParse(text, out fraction))
        {
            rule.Errors.Add(rule.Get("fraction")!, $"quorum '{text}' must be a fraction above 0 and at most 1, such as 2/3, 0.9 or 90%");
        }

        return id is null || fraction is null || Find(rule, rule.Get("deliverable")!, id, deliverables, declared, DeliverableKind.AttendanceConfirmation) is null
            ? null
            : new QuorumRule(id, fraction);
    }

    private static DeliverableDefinition? Find(
        YamlMap map, YamlNode at, string id, IReadOnlyList<DeliverableDefinition> deliverables, IReadOnlySet<string> declared, DeliverableKind? kind = null)
    {
        var deliverable = deliverables.FirstOrDefault(d => d.Id == id);
        if (deliverable is null)
        {
            // A declared deliverable with errors of its own was reported already.
            if (!declared.Contains(id))
            {
                map.Errors.Add(at, $"unknown deliverable '{id}'");
            }

            return null;
        }

        if (kind is { } k && deliverable.Kind != k)
        {
            map.Errors.Add(at, $"'{id}' must be a '{KebabCase.Of(k)}' deliverable");
            return null;
        }

        return deliverable;
    }
}
