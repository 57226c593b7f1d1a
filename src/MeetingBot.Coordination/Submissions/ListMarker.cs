using System.Text.RegularExpressions;

namespace MeetingBot.Coordination.Submissions;

/// <summary>
/// The item markers people type or paste: <c>1.</c> <c>1、</c> <c>1)</c> <c>(1)</c> <c>（一）</c> <c>一、</c>
/// <c>①</c>, the 一是…二是… officials write in running text, and bullets. Numbered styles carry their number so that an inline run (①…②…③) can be told apart
/// from a number that merely appears in the text ("第2、3项").
/// </summary>
internal sealed partial record ListMarker(int Index, int Length, string Style, int? Number)
{
    private const string ChineseDigits = "一二三四五六七八九十";

    /// <summary>The marker a line starts with, if any.</summary>
    public static ListMarker? AtStart(string line)
    {
        var match = StartPattern().Match(line);
        return match.Success ? From(match) : null;
    }

    /// <summary>Numbered markers inside a line, each preceded by start, space or punctuation.</summary>
    public static IEnumerable<ListMarker> Inline(string line) =>
        InlinePattern().Matches(line).Select(From).Where(m => m.Number is not null);

    private static ListMarker From(Match match)
    {
        foreach (var style in new[] { "paren", "arabic", "chinese", "enumerated", "circled", "bullet" })
        {
            var group = match.Groups[style];
            if (group.Success)
            {
                var number = style switch
                {
                    "arabic" => int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                    "paren" => ParseNumber(match.Groups["p"].Value),
                    "chinese" => ParseNumber(match.Groups["c"].Value),
                    "enumerated" => ParseNumber(match.Groups["e"].Value),
                    "circled" => group.Value.Trim()[0] - '①' + 1,
                    _ => (int?)null,
                };
                return new ListMarker(group.Index, group.Length, style, number);
            }
        }

        throw new InvalidOperationException("A list marker matched no style.");
    }

    /// <summary>Arabic digits or Chinese numerals up to 九十九 (十一, 二十三).</summary>
    private static int? ParseNumber(string text)
    {
        if (int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return text.Length == 1 ? ChineseDigits.IndexOf(text[0], StringComparison.Ordinal) + 1 : null;
        }

        var tens = ten == 0 ? 1 : ChineseDigits.IndexOf(text[0], StringComparison.Ordinal) + 1;
        var units = ten == text.Length - 1 ? 0 : ChineseDigits.IndexOf(text[^1], StringComparison.Ordinal) + 1;
        return tens * 10 + units;
    }

    // An arabic marker is not followed by a digit, so "1.5倍" is not an item; a bullet needs a space after "-" or "*".
    [GeneratedRegex(@"^\s*(?:(?<paren>[\(（]\s*(?<p>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[\)）])|(?<arabic>(?<n>\d{1,3})\s*[\.、．\)）](?!\d))|(?<chinese>(?<c>[一二三四五六七八九十]{1,3})\s*[、．.])|(?<enumerated>(?<e>[一二三四五六七八九十]{1,2})是(?![否不非]))|(?<circled>[①-⑳])|(?<bullet>(?:[-*+]\s)|[•·●▪◆■]))\s*")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"(?<=^|[\s;；,，。.、:：!！?？])(?:(?<paren>[\(（]\s*(?<p>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[\)）])|(?<arabic>(?<n>\d{1,3})\s*[\.、．\)）](?!\d))|(?<chinese>(?<c>[一二三四五六七八九十]{1,3})\s*、)|(?<enumerated>(?<e>[一二三四五六七八九十]{1,2})是(?![否不非]))|(?<circled>[①-⑳]))|(?<circled>[①-⑳])")]
    private static partial Regex InlinePattern();
}
