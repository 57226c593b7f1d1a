using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// Renders a report as a Word document (.docx) the office can edit: styles, fonts, page set-up and page numbers from
/// the locale's <see cref="WordTypography"/>, headings numbered in the text, tables with a repeated header row.
/// </summary>
public static class WordReportRenderer
{
    public static byte[] Render(ReportDocument document, RenderOptions options)
    {
        using var stream = new MemoryStream();
        Write(document, options, stream);
        return stream.ToArray();
    }

    public static void Write(ReportDocument document, RenderOptions options, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var type = WordTypography.For(options.Locale);
        using var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Build(type);
        main.AddNewPart<FontTablePart>().Fonts = WordFontTable.Build(type);
        main.AddNewPart<DocumentSettingsPart>().Settings = Settings(type);
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = WordPageNumberFooter.Build(type);

        var body = new Body();
        body.Append(WordParagraphs.Styled(WordStyles.Title, document.Title));
        if (!string.IsNullOrWhiteSpace(document.Subtitle))
        {
            body.Append(WordParagraphs.Styled(WordStyles.Subtitle, document.Subtitle));
        }

        if (!string.IsNullOrWhiteSpace(document.Addressee))
        {
            body.Append(WordParagraphs.Styled(WordStyles.Salutation, AddresseeLine.Of(document.Addressee, options.Locale)));
        }

        AppendBlocks(body, document.Preamble, type, options);
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            body.Append(WordParagraphs.Styled(WordStyles.Heading1, HeadingNumbers.Section(s + 1, options.Locale) + section.Heading));
            AppendBlocks(body, section.Blocks, type, options);
            for (var u = 0; u < section.Subsections.Count; u++)
            {
                var subsection = section.Subsections[u];
                body.Append(WordParagraphs.Styled(
                    WordStyles.Heading2, HeadingNumbers.Subsection(s + 1, u + 1, options.Locale) + subsection.Heading));
                AppendBlocks(body, subsection.Blocks, type, options);
            }
        }

        AppendSignature(body, document);
        body.Append(Page(type, main.GetIdOfPart(footer)));
        main.Document = new Document(body);
        SetProperties(package, document, options, type);
    }

    private static void AppendBlocks(Body body, IReadOnlyList<LayoutBlock> blocks, WordTypography type, RenderOptions options)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case LayoutParagraph paragraph:
                    body.Append(WordParagraphs.Styled(WordStyles.Normal, paragraph.Text));
                    break;
                case LayoutNumberedList numbered:
                    for (var i = 0; i < numbered.Items.Count; i++)
                    {
                        body.Append(WordParagraphs.Styled(
                            WordStyles.ListParagraph, HeadingNumbers.ListItem(i + 1, options.Locale) + numbered.Items[i]));
                    }

                    break;
                case LayoutBulletList bullets:
                    foreach (var item in bullets.Items)
                    {
                        body.Append(WordParagraphs.Styled(WordStyles.ListParagraph, "• " + item));
                    }

                    break;
                case LayoutTable table:
                    if (!string.IsNullOrWhiteSpace(table.Caption))
                    {
                        body.Append(WordParagraphs.Styled(WordStyles.Caption, table.Caption));
                    }

                    body.Append(WordTable.Build(table, type));
                    // An empty paragraph after a table keeps the next table or heading from fusing with it.
                    body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Normal })));
                    break;
                default:
                    throw new NotSupportedException($"No Word rendering for the block {block.GetType().Name}.");
            }
        }
    }

    /// <summary>The issuer and date line sign the report at its end, right-aligned, after one empty line.</summary>
    private static void AppendSignature(Body body, ReportDocument document)
    {
        var lines = new[] { document.Issuer, document.DateLine }.Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        body.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Normal })));
        foreach (var line in lines)
        {
            body.Append(WordParagraphs.Styled(WordStyles.Signature, line!));
        }
    }

    private static SectionProperties Page(WordTypography type, string footerId) =>
        new(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = WordTypography.PageWidth, Height = WordTypography.PageHeight },
            new PageMargin
            {
                Top = type.Margins.Top,
                Bottom = type.Margins.Bottom,
                Left = (uint)type.Margins.Left,
                Right = (uint)type.Margins.Right,
                Header = 851,
                Footer = 992,
                Gutter = 0,
            });

    private static Settings Settings(WordTypography type) =>
        new(
            new DisplayBackgroundShape(),
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            // A justified line that ends in a manual line break is not stretched across the page (Word's default does).
            new Compatibility(new DoNotExpandShiftReturn(), new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = type.Language, EastAsia = "zh-CN" });

    private static void SetProperties(WordprocessingDocument package, ReportDocument document, RenderOptions options, WordTypography type)
    {
        var properties = package.PackageProperties;
        properties.Title = XmlSafeText.Of(document.Title);
        properties.Subject = document.Subtitle is null ? null : XmlSafeText.Of(document.Subtitle);
        properties.Creator = XmlSafeText.Of(options.Creator);
        properties.LastModifiedBy = properties.Creator;
        properties.Language = type.Language;
        if (options.Created is { } created)
        {
            properties.Created = created.UtcDateTime;
            properties.Modified = created.UtcDateTime;
        }
    }
}
