using System.Text;
using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// Renders a report as GitHub-flavoured Markdown: the title as the only # heading, sections ## and subsections ###
/// numbered in the locale's style, tables as pipe tables, the issuer and date at the end as a signature.
/// </summary>
public static class MarkdownReportRenderer
{
    public static string Render(ReportDocument document, UserLocale locale)
    {
        ArgumentNullException.ThrowIfNull(document);
        var markdown = new StringBuilder();
        markdown.Append("# ").Append(MarkdownText.Inline(document.Title)).Append('\n');
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            markdown.Append('\n').Append("**").Append(MarkdownText.Inline(document.Subtitle)).Append("**\n");
        }

        if (!string.IsNullOrWhiteSpace(document.Addressee))
        {
            markdown.Append('\n').Append(MarkdownText.Inline(AddresseeLine.Of(document.Addressee, locale))).Append('\n');
        }

        WriteBlocks(markdown, document.Preamble);
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            markdown.Append("\n## ").Append(HeadingNumbers.Section(s + 1, locale))
                .Append(MarkdownText.Inline(section.Heading)).Append('\n');
            WriteBlocks(markdown, section.Blocks);
            for (var u = 0; u < section.Subsections.Count; u++)
            {
                var subsection = section.Subsections[u];
                markdown.Append("\n### ").Append(HeadingNumbers.Subsection(s + 1, u + 1, locale))
                    .Append(MarkdownText.Inline(subsection.Heading)).Append('\n');
                WriteBlocks(markdown, subsection.Blocks);
            }
        }

        var signature = new[] { document.Issuer, document.DateLine }.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (signature.Count > 0)
        {
            markdown.Append('\n').Append(string.Join("\\\n", signature.Select(line => MarkdownText.Inline(line!)))).Append('\n');
        }

        return markdown.ToString();
    }

    private static void WriteBlocks(StringBuilder markdown, IReadOnlyList<LayoutBlock> blocks)
    {
        foreach (var block in blocks)
        {
            markdown.Append('\n');
            switch (block)
            {
                case LayoutParagraph paragraph:
                    markdown.Append(MarkdownText.Paragraph(paragraph.Text)).Append('\n');
                    break;
                case LayoutNumberedList numbered:
                    for (var i = 0; i < numbered.Items.Count; i++)
                    {
                        markdown.Append(i + 1).Append(". ").Append(MarkdownText.Cell(numbered.Items[i])).Append('\n');
                    }

                    break;
                case LayoutBulletList bullets:
                    foreach (var item in bullets.Items)
                    {
                        markdown.Append("- ").Append(MarkdownText.Cell(item)).Append('\n');
                    }

                    break;
                case LayoutTable table:
                    WriteTable(markdown, table);
                    break;
                default:
                    throw new NotSupportedException($"No Markdown for the block {block.GetType().Name}.");
            }
        }
    }

    private static void WriteTable(StringBuilder markdown, LayoutTable table)
    {
        if (!string.IsNullOrWhiteSpace(table.Caption))
        {
            markdown.Append("**").Append(MarkdownText.Inline(table.Caption)).Append("**\n\n");
        }

        WriteRow(markdown, table.Header);
        markdown.Append('|').Append(string.Concat(table.Header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in table.Rows)
        {
            WriteRow(markdown, row);
        }
    }

    private static void WriteRow(StringBuilder markdown, IReadOnlyList<string> cells) =>
        markdown.Append('|').Append(string.Concat(cells.Select(cell => " " + MarkdownText.Cell(cell) + " |"))).Append('\n');
}
