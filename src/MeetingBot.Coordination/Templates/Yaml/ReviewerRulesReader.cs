using MeetingBot.Coordination.Meetings;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads a deliverable's <c>reviewers:</c>, a mapping from the author's role to the roles that review his items, the
/// first being whom it goes to: <c>lead: [supervisor]</c>, <c>member: [lead, supervisor]</c>. Only for what needs approval.
/// </summary>
internal static class ReviewerRulesReader
{
    public static IReadOnlyList<ReviewerRule> Read(YamlMap deliverable, bool approval)
    {
        if (deliverable.Map("reviewers", required: false) is not { } map)
        {
            return [];
        }

        if (!approval)
        {
            map.Errors.Add(deliverable.Get("reviewers")!, "'reviewers' applies only to a deliverable with 'approval: true'");
        }

        var rules = new List<ReviewerRule>();
        foreach (var (key, value) in map.Node.Children)
        {
            if (key is not YamlScalarNode { Value: { } authorText } || !KebabCase.TryParse<Role>(authorText, out var author))
            {
                map.Errors.Add(key, $"unknown author role '{(key as YamlScalarNode)?.Value}' (one of {KebabCase.Choices<Role>()})");
                continue;
            }

            var reviewers = new List<Role>();
            IEnumerable<YamlNode> items = value is YamlSequenceNode sequence ? sequence.Children : [value];
            foreach (var item in items)
            {
                if (map.Scalar(item, authorText) is not { } text)
                {
                    continue;
                }

                if (!KebabCase.TryParse<Role>(text, out var reviewer))
                {
                    map.Errors.Add(item, $"unknown reviewer role '{text}' (one of {KebabCase.Choices<Role>()})");
                }
                else if (reviewer is Role.Member or Role.DepartmentHead)
                {
                    map.Errors.Add(item, $"'{text}' does not review: name lead, supervisor, superior or secretary");
                }
                else
                {
                    reviewers.Add(reviewer);
                }
            }

            if (reviewers.Count == 0)
            {
                map.Errors.Add(value, $"'{authorText}' needs at least one reviewer role");
            }
            else
            {
                rules.Add(new ReviewerRule(author, reviewers));
            }
        }

        return rules;
    }
}
