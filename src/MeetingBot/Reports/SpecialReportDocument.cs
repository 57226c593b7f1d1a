using System.Globalization;
using MeetingBot.Localization;
using Domain = MeetingBot.Coordination.Reports;
using Rendering = MeetingBot.Reports.Rendering;

namespace MeetingBot.Reports;

/// <summary>
/// Maps the domain's composed special report onto the renderers' neutral document in one language: the title and
/// subtitle, each section with its heading (the renderers number it in the locale's style), paragraphs, numbered and
/// bullet lists, and tables with their captions; the date line from the caller (the meeting's local date).
/// </summary>
public static class SpecialReportDocument
{
    public static Rendering.ReportDocument For(Domain.SpecialReport report, UserLocale locale, DateOnly? dated = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var culture = Culture(locale);
        var sections = report.Sections
            .OrderBy(s => s.Number)
            .Select(s => new Rendering.LayoutSection(s.Heading.In(culture), [.. s.Blocks.Select(b => Block(b, culture))]))
            .ToList();
        return new Rendering.ReportDocument(
            report.Title.In(culture),
            sections,
            Subtitle: NullIfBlank(report.Subtitle.In(culture)),
            DateLine: dated is { } date ? DateLine(date, locale) : null);
    }

    /// <summary>A date as official documents sign it: 2026年11月24日, or 24 November 2026.</summary>
    public static string DateLine(DateOnly date, UserLocale locale) =>
        locale == UserLocale.En
            ? date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static string Culture(UserLocale locale) => locale == UserLocale.En ? "en" : "zh-CN";

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static Rendering.LayoutBlock Block(Domain.ReportBlock block, string culture) => block switch
    {
        Domain.ReportParagraph paragraph => new Rendering.LayoutParagraph(paragraph.Text.In(culture)),
        Domain.ReportList { Numbered: true } list => new Rendering.LayoutNumberedList([.. list.Items.Select(i => i.In(culture))]),
        Domain.ReportList list => new Rendering.LayoutBulletList([.. list.Items.Select(i => i.In(culture))]),
        Domain.ReportTable table => new Rendering.LayoutTable(
            [.. table.Columns.Select(c => c.In(culture))],
            [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select(cell => cell.In(culture))])],
            NullIfBlank(table.Caption.In(culture))),
        _ => throw new ArgumentException($"Unknown report block {block.GetType().Name}.", nameof(block)),
    };
}
