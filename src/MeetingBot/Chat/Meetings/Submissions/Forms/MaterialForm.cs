using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// Own self-examination material, typed: problems each with a typical case (after 例如 / e.g.), root causes,
/// direction, measures. An uploaded document replaces all four (the dialog handles the file).
/// </summary>
public sealed class MaterialForm : ISubmissionForm
{
    private static readonly string[] CaseMarkers = ["典型事例", "例如", "比如", "如：", "e.g.", "for example", "——"];

    public SubmissionKind Kind => SubmissionKind.Material;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
    [
        SubmissionTexts.MaterialProblems.In(locale),
        SubmissionTexts.MaterialRootCauses.In(locale),
        SubmissionTexts.MaterialDirection.In(locale),
        SubmissionTexts.MaterialMeasures.In(locale),
    ];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        new ExaminationMaterial(
            [.. PastedList.Parse(Numbered.At(answers, 0)).Points.Select(Problem)],
            Blank(Numbered.At(answers, 1)),
            Blank(Numbered.At(answers, 2)),
            PastedList.Parse(Numbered.At(answers, 3)).Points,
            null);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var material = (ExaminationMaterial)content;
        var english = locale == UserLocale.En;
        if (material.Document is { } document)
        {
            return SubmissionTexts.UploadStored.In(locale, MarkdownEscape.Text(document.FileName), document.SizeBytes, document.ExtractedText?.Length ?? 0);
        }

        return string.Join("\n\n",
            (english ? "Problems:\n" : "问题：\n") + Numbered.Lines(material.Problems.Select(p => $"{MarkdownEscape.Text(p.Description)}（{MarkdownEscape.Text(p.TypicalCase)}）")),
            (english ? "Root causes: " : "根源：") + MarkdownEscape.Text(material.RootCauses),
            (english ? "Direction: " : "努力方向：") + MarkdownEscape.Text(material.Direction),
            (english ? "Measures:\n" : "整改措施：\n") + Numbered.Lines(material.Measures.Select(MarkdownEscape.Text)));
    }

    private static ExaminedProblem Problem(string item)
    {
        var hit = CaseMarkers.Select(m => (Marker: m, Index: item.IndexOf(m, StringComparison.OrdinalIgnoreCase)))
            .Where(h => h.Index > 0).OrderBy(h => h.Index).FirstOrDefault();
        if (hit.Marker is null)
        {
            return new ExaminedProblem(null, item, string.Empty);
        }

        var description = item[..hit.Index].TrimEnd(' ', '，', ',', '。', '：', ':', '（', '(');
        var typicalCase = item[(hit.Index + hit.Marker.Length)..].Trim(' ', '：', ':', '，', ',', '）', ')');
        return new ExaminedProblem(null, description, typicalCase);
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
