using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>
/// The footer: the page number centred, as a PAGE field between the locale's decorations ("— 1 —", "Page 1"). A complex
/// field (begin / instruction / separate / result / end) rather than a simple one, because that is what Word itself
/// writes and every reader updates it.
/// </summary>
public static class WordPageNumberFooter
{
    public static Footer Build(WordTypography type)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.Footer }));
        if (type.PageNumberBefore.Length > 0)
        {
            paragraph.Append(TextRun(type.PageNumberBefore));
        }

        paragraph.Append(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            TextRun("1"),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        if (type.PageNumberAfter.Length > 0)
        {
            paragraph.Append(TextRun(type.PageNumberAfter));
        }

        return new Footer(paragraph);
    }

    private static Run TextRun(string text) =>
        new(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
}
