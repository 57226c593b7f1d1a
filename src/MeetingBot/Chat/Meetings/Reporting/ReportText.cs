using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Reports;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reporting;

/// <summary>
/// The special report as chat text in one language: title, numbered headings (一、二、 / 1. 2.), paragraphs, lists and
/// tables as lines. The Word and Markdown files come from the renderers; this is the text path everywhere.
/// </summary>
public static class ReportText
{
    private static readonly string[] ChineseNumbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static string For(SpecialReport report, UserLocale locale)
    {
        var culture = locale == UserLocale.En ? "en" : "zh-CN";
        var text = new StringBuilder(report.Title.In(culture)).Append('\n').Append(report.Subtitle.In(culture));
        foreach (var section in report.Sections)
        {
            text.Append("\n\n").Append(Heading(section, locale, culture));
            foreach (var block in section.Blocks)
            {
                text.Append('\n').Append(Block(block, culture));
            }
        }

        return text.ToString();
    }

    private static string Heading(ReportSection section, UserLocale locale, string culture) =>
        locale == UserLocale.En || section.Number > ChineseNumbers.Length
            ? section.Number.ToString(CultureInfo.InvariantCulture) + ". " + section.Heading.In(culture)
            : ChineseNumbers[section.Number - 1] + "、" + section.Heading.In(culture);

    private static string Block(ReportBlock block, string culture) => block switch
    {
        ReportParagraph paragraph => paragraph.Text.In(culture),
        ReportList list => string.Join('\n', list.Items.Select((item, i) => (list.Numbered ? $"{i + 1}. " : "· ") + item.In(culture))),
        ReportTable table => string.Join('\n',
            new[] { "【" + table.Caption.In(culture) + "】", string.Join(" | ", table.Columns.Select(c => c.In(culture))) }
                .Concat(table.Rows.Select(row => string.Join(" | ", row.Select(cell => cell.In(culture)))))),
        _ => string.Empty,
    };
}
