using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The style sheet of a report: real Word styles with the built-in names (Normal, Title, heading 1, heading 2…), so the
/// office can restyle the whole document in Word or WPS and the navigation pane shows the outline. Paragraphs in the
/// body carry only a style id and no direct formatting.
/// </summary>
public static class WordStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Salutation = "Salutation";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string ListParagraph = "ListParagraph";
    public const string TableText = "TableText";
    public const string TableHeading = "TableHeading";
    public const string Caption = "Caption";
    public const string Signature = "Signature";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";

    public static Styles Build(WordTypography type)
    {
        var styles = new Styles(DocumentDefaults(type));
        styles.Append(
            ParagraphStyle(Normal, "Normal", basedOn: null, type.BodyFont, type.BodySize, bold: false,
                Body(type), isDefault: true),
            ParagraphStyle(Title, "Title", Normal, type.TitleFont, type.TitleSize, type.BoldHeadings,
                new ParagraphProperties(
                    new KeepNext(),
                    TitleSpacing(type),
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center },
                    new OutlineLevel { Val = 0 })),
            ParagraphStyle(Subtitle, "Subtitle", Normal, type.Heading2Font, type.BodySize, bold: false,
                new ParagraphProperties(
                    new KeepNext(),
                    new SpacingBetweenLines { After = (type.ExactLineSpacing is { } after ? Twips.Text(after) : "240") },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center })),
            ParagraphStyle(Salutation, "Salutation", Normal, type.BodyFont, type.BodySize, bold: false,
                new ParagraphProperties(
                    new KeepNext(),
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Left })),
            ParagraphStyle(Heading1, "heading 1", Normal, type.Heading1Font, type.Heading1Size, type.BoldHeadings,
                Heading(type, level: 0)),
            ParagraphStyle(Heading2, "heading 2", Normal, type.Heading2Font, type.Heading2Size, type.BoldHeadings,
                Heading(type, level: 1)),
            ParagraphStyle(ListParagraph, "List Paragraph", Normal, type.BodyFont, type.BodySize, bold: false,
                type.IndentFirstLine
                    ? new ParagraphProperties()
                    : new ParagraphProperties(new Indentation { Left = "360", Hanging = "360" })),
            ParagraphStyle(TableText, "Table Text", Normal, type.BodyFont, type.TableSize, bold: false, TableParagraph(type, center: false)),
            ParagraphStyle(TableHeading, "Table Heading", TableText, type.Heading1Font, type.TableSize, type.BoldHeadings,
                TableParagraph(type, center: true)),
            ParagraphStyle(Caption, "caption", Normal, type.Heading1Font, type.TableSize, type.BoldHeadings,
                new ParagraphProperties(
                    new KeepNext(),
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center })),
            ParagraphStyle(Signature, "Signature", Normal, type.BodyFont, type.BodySize, bold: false,
                new ParagraphProperties(
                    new KeepLines(),
                    new Indentation { FirstLine = "0", FirstLineChars = 0, Right = type.IndentFirstLine ? "1280" : "0", RightChars = type.IndentFirstLine ? 400 : 0 },
                    new Justification { Val = JustificationValues.Right })),
            ParagraphStyle(Footer, "footer", Normal, type.PageNumberFont, type.PageNumberSize, bold: false,
                new ParagraphProperties(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                    new Indentation { FirstLine = "0", FirstLineChars = 0 },
                    new Justification { Val = JustificationValues.Center })),
            TableGridStyle());
        return styles;
    }

    private static DocDefaults DocumentDefaults(WordTypography type) =>
        new(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(type.BodyFont),
                new FontSize { Val = Twips.Text(type.BodySize) },
                new FontSizeComplexScript { Val = Twips.Text(type.BodySize) },
                new Languages { Val = type.Language, EastAsia = "zh-CN", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault());

    /// <summary>A title line at least one body line high (a 22 pt title never clipped), a blank line after it.</summary>
    private static SpacingBetweenLines TitleSpacing(WordTypography type) =>
        type.ExactLineSpacing is { } line
            ? new SpacingBetweenLines { Before = "0", After = Twips.Text(line), Line = Twips.Text(line), LineRule = LineSpacingRuleValues.AtLeast }
            : new SpacingBetweenLines { Before = "0", After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto };

    private static ParagraphProperties Body(WordTypography type) =>
        new(
            new SpacingBetweenLines
            {
                Before = "0",
                After = type.ExactLineSpacing is null ? "120" : "0",
                Line = Twips.Text(type.ExactLineSpacing ?? 276),
                LineRule = type.ExactLineSpacing is null ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact,
            },
            FirstLine(type),
            new Justification { Val = JustificationValues.Both });

    private static ParagraphProperties Heading(WordTypography type, int level) =>
        new(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = type.ExactLineSpacing is null ? "240" : "0", After = type.ExactLineSpacing is null ? "120" : "0" },
            new OutlineLevel { Val = level });

    private static ParagraphProperties TableParagraph(WordTypography type, bool center) =>
        new(
            new SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = Twips.Text(type.TableExactLineSpacing ?? 240),
                LineRule = type.TableExactLineSpacing is null ? LineSpacingRuleValues.Auto : LineSpacingRuleValues.Exact,
            },
            new Indentation { FirstLine = "0", FirstLineChars = 0 },
            new Justification { Val = center ? JustificationValues.Center : JustificationValues.Left });

    /// <summary>Two characters of the body size (FirstLineChars is in hundredths of a character; FirstLine for older readers).</summary>
    private static Indentation FirstLine(WordTypography type) =>
        type.IndentFirstLine
            ? new Indentation { FirstLineChars = 200, FirstLine = Twips.Text(type.BodySize * 10 * 2) }
            : new Indentation { FirstLine = "0" };

    internal static RunFonts Fonts(WordFont font) =>
        new()
        {
            Ascii = font.Latin,
            HighAnsi = font.Latin,
            ComplexScript = font.Latin,
            EastAsia = font.EastAsia,
            Hint = FontTypeHintValues.EastAsia,
        };

    private static Style ParagraphStyle(
        string id, string name, string? basedOn, WordFont font, int size, bool bold, ParagraphProperties paragraph, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new NextParagraphStyle { Val = id is Heading1 or Heading2 or Title or Subtitle or Caption or Salutation ? Normal : id });
        style.Append(new PrimaryStyle());
        style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(child => child.CloneNode(true))));
        var run = new StyleRunProperties(Fonts(font));
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        run.Append(new FontSize { Val = Twips.Text(size) }, new FontSizeComplexScript { Val = Twips.Text(size) });
        style.Append(run);
        return style;
    }

    private static Style TableGridStyle()
    {
        return new Style(
            new StyleName { Val = "Table Grid" },
            new PrimaryStyle(),
            new StyleTableProperties(Borders(), new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table,
            StyleId = TableGrid,
        };
    }

    internal static TableBorders Borders() =>
        new(
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" });
}
