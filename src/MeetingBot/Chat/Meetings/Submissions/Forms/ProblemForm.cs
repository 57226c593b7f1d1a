using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// Problem list: one answer written as people write it (category headings with items, a numbered list, table
/// rows, or the text of a .docx), read by the domain (<see cref="ProblemListText"/>). The read-back shows each
/// item's category, manifestation, typical case and source, then asks only for what is missing; a reply fills it.
/// </summary>
public sealed class ProblemForm : ISubmissionForm
{
    public SubmissionKind Kind => SubmissionKind.Problems;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
    [
        ProblemFormTexts.Ask.In(locale, Categories(template, locale),
            string.Join("、", template.ProblemSources.Select(s => Name(s.Name, locale)))),
    ];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        ProblemListText.Read(Numbered.At(answers, 0), template);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var list = (ProblemList)content;
        if (list.Items.Count == 0)
        {
            return ProblemFormTexts.NothingRead.In(locale);
        }

        var lines = new List<string>
        {
            ProblemFormTexts.Understood.In(locale, list.Items.Count),
            Numbered.Lines(list.Items.Select(i => Line(i, template, locale))),
        };
        var gaps = ProblemListGaps.Of(list, template);
        AddGaps(lines, ProblemFormTexts.StillMissing, gaps.Where(g => g.Required), template, locale);
        AddGaps(lines, ProblemFormTexts.MayAdd, gaps.Where(g => !g.Required), template, locale);
        return string.Join("\n", lines);
    }

    public SubmissionContent? Amend(SubmissionContent content, string answer, ProcessTemplate template) =>
        content is ProblemList list ? ProblemListAmendment.Apply(list, answer, template) : null;

    public string? Missing(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var list = (ProblemList)content;
        if (list.Items.Count == 0)
        {
            return ProblemFormTexts.NothingRead.In(locale);
        }

        var lines = new List<string>();
        AddGaps(lines, ProblemFormTexts.StillMissing, ProblemListGaps.Of(list, template).Where(g => g.Required), template, locale);
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static void AddGaps(List<string> lines, LocalText heading, IEnumerable<ProblemGap> gaps, ProcessTemplate template, UserLocale locale)
    {
        var asked = gaps.Select(g => "- " + Ask(g, template, locale)).ToList();
        if (asked.Count > 0)
        {
            lines.Add(string.Empty);
            lines.Add(heading.In(locale));
            lines.AddRange(asked);
        }
    }

    private static string Ask(ProblemGap gap, ProcessTemplate template, UserLocale locale)
    {
        var categories = string.Join("、", template.ProblemCategories.Select(c => Name(c.Name, locale)));
        var firstCategory = template.ProblemCategories.Count > 0 ? Name(template.ProblemCategories[0].Name, locale) : string.Empty;
        var sources = string.Join("、", template.ProblemSources.Select(s => Name(s.Name, locale)));
        var firstSource = template.ProblemSources.Count > 0 ? Name(template.ProblemSources[0].Name, locale) : string.Empty;
        return gap.Field switch
        {
            ProblemField.Category when gap.Typed is { } typed => ProblemFormTexts.UnknownCategory.In(locale, gap.Number, MarkdownEscape.Text(typed), categories, firstCategory),
            ProblemField.Category => ProblemFormTexts.MissingCategory.In(locale, gap.Number, firstCategory),
            ProblemField.Manifestation => ProblemFormTexts.MissingManifestation.In(locale, gap.Number),
            ProblemField.TypicalCase => ProblemFormTexts.MissingCase.In(locale, gap.Number),
            ProblemField.Source => ProblemFormTexts.UnknownSource.In(locale, gap.Number, MarkdownEscape.Text(gap.Typed), sources, firstSource),
            _ => ProblemFormTexts.MissingDisputeNote.In(locale, gap.Number),
        };
    }

    private static string Line(ProblemItem item, ProcessTemplate template, UserLocale locale)
    {
        var category = template.ProblemCategories.FirstOrDefault(c => c.Id == item.CategoryId)?.Name;
        var source = template.ProblemSources.FirstOrDefault(s => s.Id == item.SourceId)?.Name;
        var answer = item.Acknowledgement == ProblemAcknowledgement.Acknowledged
            ? ProblemFormTexts.Acknowledged.In(locale)
            : ProblemFormTexts.Disputed.In(locale, Or(item.DisputeNote, locale));
        return ProblemFormTexts.Item.In(locale,
            category is null ? Or(item.CategoryId, locale) : Name(category, locale),
            Or(item.Manifestation, locale), Or(item.TypicalCase, locale),
            source is null ? Or(item.SourceId, locale) : Name(source, locale), answer);
    }

    /// <summary>The categories with their group named once: 四风（形式主义、官僚主义、…）、不落实、….</summary>
    private static string Categories(ProcessTemplate template, UserLocale locale)
    {
        var english = locale == UserLocale.En;
        var parts = template.ProblemCategories
            .GroupBy(c => c.Group is null ? c.Id : Name(c.Group, locale))
            .Select(g => g.First().Group is { } group
                ? Name(group, locale) + (english ? " (" : "（") + string.Join(english ? ", " : "、", g.Select(c => Name(c.Name, locale))) + (english ? ")" : "）")
                : Name(g.First().Name, locale));
        return string.Join(english ? ", " : "、", parts);
    }

    private static string Or(string? text, UserLocale locale) =>
        string.IsNullOrWhiteSpace(text) ? ProblemFormTexts.Blank.In(locale) : MarkdownEscape.Text(text);

    private static string Name(BilingualText text, UserLocale locale) => locale == UserLocale.En ? text.En : text.ZhCn;
}
