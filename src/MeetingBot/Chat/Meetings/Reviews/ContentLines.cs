using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

/// <summary>
/// A handed-in version as lines of text for the one person allowed to read it. Callers must have asked
/// <c>Visibility</c> first: this type only formats, it does not decide who may see.
/// </summary>
public static class ContentLines
{
    /// <summary>Characters of a document's extracted text shown beside its link: about a page.</summary>
    public const int PreviewLength = 1200;

    public static IReadOnlyList<string> Of(SubmissionContent content, UserLocale locale) => content switch
    {
        CriticismOutline outline => Points(outline.Points, locale),
        ExaminationMaterial material => Material(material, locale),
        _ => [ReviewTexts.OtherContent.In(locale)],
    };

    public static IReadOnlyList<string> Points(IReadOnlyList<OutlinePoint> points, UserLocale locale) =>
    [
        .. points.Select((p, i) => $"{i + 1}. {MarkdownEscape.Text(p.Text)}" + (string.IsNullOrWhiteSpace(p.Example) ? string.Empty : ReviewTexts.ExampleLabel.In(locale, MarkdownEscape.Text(p.Example)))),
    ];

    private static List<string> Material(ExaminationMaterial material, UserLocale locale)
    {
        var lines = new List<string>();
        if (material.Document is { } document)
        {
            lines.Add(ReviewTexts.Document.In(locale, MarkdownEscape.Text(document.FileName)));
            if (!string.IsNullOrWhiteSpace(document.ExtractedText))
            {
                // A preview only: the whole document is the file itself (its download link).
                var text = document.ExtractedText.Trim();
                lines.Add(ReviewTexts.Preview.In(locale, MarkdownEscape.Text(text.Length <= PreviewLength ? text : text[..PreviewLength] + "…")));
            }
        }

        foreach (var problem in material.Problems)
        {
            lines.Add(ReviewTexts.Problem.In(locale, MarkdownEscape.Text(problem.Description)));
            lines.Add(ReviewTexts.TypicalCase.In(locale, MarkdownEscape.Text(problem.TypicalCase)));
        }

        if (!string.IsNullOrWhiteSpace(material.RootCauses))
        {
            lines.Add(ReviewTexts.RootCauses.In(locale, MarkdownEscape.Text(material.RootCauses)));
        }

        if (!string.IsNullOrWhiteSpace(material.Direction))
        {
            lines.Add(ReviewTexts.Direction.In(locale, MarkdownEscape.Text(material.Direction)));
        }

        lines.AddRange(material.Measures.Select(m => ReviewTexts.Measure.In(locale, MarkdownEscape.Text(m))));
        return lines;
    }
}
