using System.Globalization;
using MeetingBot.Coordination.Texts;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Coordination.Templates.Yaml;

/// <summary>
/// Reads one YAML mapping of a template, reporting each problem at the line of the node that has it. Keys
/// that were never asked for are reported by <see cref="RejectUnknownKeys"/>, which catches typos such as
/// <c>deadlin:</c> that would otherwise be silently ignored.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, TemplateErrors errors)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public YamlMappingNode Node { get; } = node;

    public TemplateErrors Errors { get; } = errors;

    public YamlNode? Get(string key)
    {
        _known.Add(key);
        return Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? String(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Errors.Add(Node, $"missing '{key}'");
            }

            return null;
        }

        return Scalar(value, key);
    }

    public int? Int(string key, int min, int max, bool required = true)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Errors.Add(Get(key)!, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
            return null;
        }

        return value;
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return fallback;
        }

        if (!bool.TryParse(text, out var value))
        {
            Errors.Add(Get(key)!, $"'{key}' must be true or false, not '{text}'");
            return fallback;
        }

        return value;
    }

    public TimeOnly? Time(string key)
    {
        var text = String(key, required: false);
        if (text is null)
        {
            return null;
        }

        if (!TimeOnly.TryParseExact(text, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            Errors.Add(Get(key)!, $"'{key}' must be a local time like 09:00, not '{text}'");
            return null;
        }

        return time;
    }

    /// <summary>A text in both languages: <c>{ zh-CN: …, en: … }</c>, each present and not blank.</summary>
    public BilingualText? Text(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Errors.Add(Node, $"missing '{key}' (a text with zh-CN and en)");
            }

            return null;
        }

        if (value is not YamlMappingNode mapping)
        {
            Errors.Add(value, $"'{key}' must be a mapping with zh-CN and en texts");
            return null;
        }

        var texts = new YamlMap(mapping, Errors);
        var zh = texts.LanguageText("zh-CN", key);
        var en = texts.LanguageText("en", key);
        texts.RejectUnknownKeys();
        return zh is null || en is null ? null : new BilingualText(zh, en);
    }

    public IReadOnlyList<YamlNode> Sequence(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Errors.Add(Node, $"missing '{key}' (a list)");
            }

            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            Errors.Add(value, $"'{key}' must be a list");
            return [];
        }

        return sequence.Children.ToList();
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var items = new List<string>();
        foreach (var item in Sequence(key, required: false))
        {
            if (Scalar(item, key) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    public YamlMap? Map(string key, bool required = true)
    {
        var value = Get(key);
        if (value is null)
        {
            if (required)
            {
                Errors.Add(Node, $"missing '{key}'");
            }

            return null;
        }

        return AsMap(value, key, Errors);
    }

    public void RejectUnknownKeys()
    {
        foreach (var key in Node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !_known.Contains(name))
            {
                Errors.Add(key, $"unknown key '{(key as YamlScalarNode)?.Value ?? key.ToString()}'");
            }
        }
    }

    public static YamlMap? AsMap(YamlNode node, string what, TemplateErrors errors)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(mapping, errors);
        }

        errors.Add(node, $"'{what}' must be a mapping");
        return null;
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        Errors.Add(node, $"'{what}' must be a non-empty value");
        return null;
    }

    private string? LanguageText(string language, string key)
    {
        var value = Get(language);
        if (value is null)
        {
            Errors.Add(Node, $"'{key}' is missing its {language} text");
            return null;
        }

        return Scalar(value, $"{key}.{language}");
    }
}
