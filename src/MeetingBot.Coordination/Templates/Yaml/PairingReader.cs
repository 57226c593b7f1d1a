namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>Reads <c>talkPairing:</c>, the rules that fill the talk plan.</summary>
internal static class PairingReader
{
    public static IReadOnlyList<PairingRule> Read(YamlMap root)
    {
        var rules = new List<PairingRule>();
        foreach (var node in root.Sequence("talkPairing", required: false))
        {
            if (root.Scalar(node, "talkPairing") is not { } text)
            {
                continue;
            }

            if (!KebabCase.TryParse<PairingRule>(text, out var rule))
            {
                root.Errors.Add(node, $"unknown pairing rule '{text}' (one of {KebabCase.Choices<PairingRule>()})");
            }
            else if (rules.Contains(rule))
            {
                root.Errors.Add(node, $"pairing rule '{text}' is listed twice");
            }
            else
            {
                rules.Add(rule);
            }
        }

        return rules;
    }
}
