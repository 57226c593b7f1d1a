using System.Text.RegularExpressions;

namespace MeetingBot.Coordination.Reports;

/// <summary>
/// The numbered sections of a report the office wrote in Word, from its text (one paragraph a line): a heading is a
/// short line that starts with a section number as such reports number them (一、 二、 …, or 1. 2. where the first heading
/// is so numbered), and everything down to the next heading is its text. Where sections are 一、 二、, a line numbered
/// 1. inside one is an item of it, not a heading. The lines before the first heading (title, addressee) are left out.
/// </summary>
public static partial class ReportDocumentSections
{
    private const string Numerals = "一二三四五六七八九十";

    public static IReadOnlyList<ReportSectionText> Parse(string? text)
    {
        var sections = new List<ReportSectionText>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return sections;
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var chinese = lines.Select(l => Heading().Match(l)).FirstOrDefault(m => m.Success) is { } first && !char.IsAsciiDigit(first.Groups["n"].Value[0]);
        (int Number, string Heading, List<string> Lines)? open = null;
        foreach (var line in lines)
        {
            if (Heading().Match(line) is { Success: true } match && char.IsAsciiDigit(match.Groups["n"].Value[0]) != chinese
                && NumberOf(match.Groups["n"].Value) is { } number)
            {
                Close(open, sections);
                open = (number, match.Groups["h"].Value.Trim(), []);
            }
            else
            {
                open?.Lines.Add(line);
            }
        }

        Close(open, sections);
        return sections;
    }

    private static void Close((int Number, string Heading, List<string> Lines)? open, List<ReportSectionText> sections)
    {
        if (open is { } section)
        {
            sections.Add(new ReportSectionText(section.Number, section.Heading.Length == 0 ? null : section.Heading, string.Join('\n', section.Lines)));
        }
    }

    private static int? NumberOf(string numeral)
    {
        if (int.TryParse(numeral, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var digits))
        {
            return digits;
        }

        return numeral.Length == 1 ? Numerals.IndexOf(numeral[0], StringComparison.Ordinal) + 1 : null;
    }

    // 一、会前准备情况 / 2. Preparation / 3．… : a short heading, not a numbered item of running text.
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]|\d{1,2})\s*[、.．]\s*(?<h>.{0,40})$")]
    private static partial Regex Heading();
}
