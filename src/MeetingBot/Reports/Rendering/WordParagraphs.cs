using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MeetingBot.Reports.Rendering;

/// <summary>Paragraphs that carry only a style id; a line break inside the text becomes a Word line break.</summary>
public static class WordParagraphs
{
    public static Paragraph Styled(string styleId, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        var run = new Run();
        var lines = XmlSafeText.Of(text).ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(run);
        return paragraph;
    }
}
