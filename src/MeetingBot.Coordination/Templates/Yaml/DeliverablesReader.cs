using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads <c>deliverables:</c> and checks each against the rest of the template: its phase exists, its deadline
/// comes before the meeting, and its kind's needs are met (categories for problem lists, pairing rules for
/// talk records, the lead as author of the collective material).
/// </summary>
internal static class DeliverablesReader
{
    /// <param name="declared">Receives every well-formed id, including those of deliverables with errors.</param>
    public static IReadOnlyList<DeliverableDefinition> Read(YamlMap root, TemplateVocabulary vocabulary, ReminderPolicy defaults, HashSet<string> declared)
    {
        var deliverables = new List<DeliverableDefinition>();
        var ids = declared;
        foreach (var node in root.Sequence("deliverables"))
        {
            if (YamlMap.AsMap(node, "deliverable", root.Errors) is { } map
                && ReadOne(map, ids, vocabulary, defaults) is { } deliverable)
            {
                if (deliverable.Kind is DeliverableKind.TalkRecord or DeliverableKind.CollectiveMaterial
                    && deliverables.Any(d => d.Kind == deliverable.Kind))
                {
                    map.Errors.Add(map.Get("kind")!, $"a template has at most one '{KebabCase.Of(deliverable.Kind)}' deliverable");
                }

                deliverables.Add(deliverable);
            }
        }

        return deliverables;
    }

    private static DeliverableDefinition? ReadOne(YamlMap map, HashSet<string> ids, TemplateVocabulary vocabulary, ReminderPolicy defaults)
    {
        var id = Identifiers.Read(map, "deliverable", ids);
        var kind = ReadKind(map);
        var phase = map.String("phase");
        if (phase is not null)
        {
            Identifiers.RequireKnown(map, map.Get("phase")!, "phase", phase, vocabulary.DeclaredPhaseIds);
        }

        var owner = RoleNamesReader.ReadRole(map, "owner");
        var approval = map.Bool("approval", fallback: false);
        var deadline = ReadDeadline(map);
        var reminders = RemindersReader.Read(map.Map("reminders", required: false), defaults);
        var name = map.Text("name");
        var description = map.Text("description", required: false) ?? name;
        var preReview = OutlineRulesReader.Read(map, vocabulary.Aspects);
        var materialReview = MaterialRulesReader.Read(map, vocabulary);
        var reviewers = ReviewerRulesReader.Read(map, approval);
        map.RejectUnknownKeys();
        if (kind is { } k)
        {
            CheckKindNeeds(map, k, owner, preReview, vocabulary);
            if (materialReview is not null && k != DeliverableKind.SelfExamination)
            {
                map.Errors.Add(map.Get("materialReview")!, "'materialReview' applies only to self-examination materials");
            }

            // The lead writes the collective material: reviewed, it goes to the supervisors or the superior, never to him.
            if (k == DeliverableKind.CollectiveMaterial && approval && reviewers.Count == 0)
            {
                map.Errors.Add(map.Get("approval")!, "a collective material with 'approval: true' needs 'reviewers:' (e.g. lead: [supervisor, superior]): the lead does not approve his own");
            }
        }

        return id is null || kind is null || phase is null || owner is null || deadline is null || name is null || description is null
            ? null
            : new DeliverableDefinition(id, kind.Value, phase, owner.Value, approval, deadline, reminders, name, description, preReview)
            {
                MaterialReview = materialReview,
                ReviewerRules = reviewers,
            };
    }

    private static DeliverableKind? ReadKind(YamlMap map)
    {
        var text = map.String("kind");
        if (text is null)
        {
            return null;
        }

        if (!KebabCase.TryParse<DeliverableKind>(text, out var kind))
        {
            map.Errors.Add(map.Get("kind")!, $"unknown deliverable kind '{text}' (one of {KebabCase.Choices<DeliverableKind>()})");
            return null;
        }

        return kind;
    }

    private static DeadlineOffset? ReadDeadline(YamlMap map)
    {
        var text = map.String("deadline");
        if (text is null)
        {
            return null;
        }

        var node = map.Get("deadline")!;
        if (!DeadlineOffset.TryParse(text, out var offset))
        {
            map.Errors.Add(node, $"deadline '{text}' must be an offset from the meeting such as -10d or -3d 18:00");
            return null;
        }

        if (offset.CanFallAfterTheMeeting)
        {
            map.Errors.Add(node, $"deadline '{text}' puts the deadline after the meeting starts; use a negative day offset");
            return null;
        }

        return offset;
    }

    private static void CheckKindNeeds(YamlMap map, DeliverableKind kind, Role? owner, OutlineRules? preReview, TemplateVocabulary vocabulary)
    {
        var at = map.Get("kind")!;
        switch (kind)
        {
            case DeliverableKind.ProblemList when vocabulary.Categories.Count == 0 || vocabulary.Sources.Count == 0:
                map.Errors.Add(at, "a problem list needs 'problemCategories' and 'problemSources' in the template");
                break;
            case DeliverableKind.TalkRecord when vocabulary.Pairing.Count == 0:
                map.Errors.Add(at, "talk records need 'talkPairing' rules in the template");
                break;
            case DeliverableKind.CollectiveMaterial when owner is not Role.Lead:
                map.Errors.Add(at, "the collective material is owed by the lead (owner: lead)");
                break;
            case DeliverableKind.CriticismOutline when owner is not Role.Member:
                map.Errors.Add(at, "criticism outlines are written by members for each other (owner: member)");
                break;
        }

        if (preReview is not null && kind != DeliverableKind.CriticismOutline)
        {
            map.Errors.Add(map.Get("preReview")!, "'preReview' applies only to criticism outlines");
        }
    }
}
