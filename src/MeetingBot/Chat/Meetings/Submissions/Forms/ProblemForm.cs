using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// Problem list: one pasted list, each item "category | manifestation | typical case | source | acknowledged
/// (or disputed: note)". Category and source are matched by their name in either language or their id; an
/// unmatched one is kept as typed so the domain's refusal names it. A missing source means "found by oneself".
/// </summary>
public sealed class ProblemForm : ISubmissionForm
{
    private const string DefaultSource = "self";
    private static readonly char[] Separators = ['|', '｜', ';', '；'];
    private static readonly string[] DisputeWords = ["异议", "不准确", "dispute", "disputed"];

    public SubmissionKind Kind => SubmissionKind.Problems;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
    [
        SubmissionTexts.ProblemItems.In(locale,
            string.Join("、", template.ProblemCategories.Select(c => Name(c.Name, locale))),
            string.Join("、", template.ProblemSources.Select(s => Name(s.Name, locale)))),
    ];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        new ProblemList([.. PastedList.Parse(Numbered.At(answers, 0)).Points.Select(p => Item(p, template))]);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale) =>
        Numbered.Lines(((ProblemList)content).Items.Select(i =>
        {
            var category = template.ProblemCategories.FirstOrDefault(c => c.Id == i.CategoryId)?.Name;
            var source = template.ProblemSources.FirstOrDefault(s => s.Id == i.SourceId)?.Name;
            var answer = i.Acknowledgement == ProblemAcknowledgement.Acknowledged
                ? (locale == UserLocale.En ? "acknowledged" : "认账")
                : (locale == UserLocale.En ? "disputed: " : "异议：") + MarkdownEscape.Text(i.DisputeNote);
            return $"[{(category is null ? MarkdownEscape.Text(i.CategoryId) : Name(category, locale))}] {MarkdownEscape.Text(i.Manifestation)} | {MarkdownEscape.Text(i.TypicalCase)} | "
                + $"{(source is null ? MarkdownEscape.Text(i.SourceId) : Name(source, locale))} | {answer}";
        }));

    private static ProblemItem Item(string text, ProcessTemplate template)
    {
        var fields = text.Split(Separators, StringSplitOptions.TrimEntries);
        string Field(int i) => i < fields.Length ? fields[i] : string.Empty;
        var category = Match(Field(0), template.ProblemCategories.Select(c => (c.Id, c.Name)));
        var source = Field(3).Length == 0 ? DefaultSource : Match(Field(3), template.ProblemSources.Select(s => (s.Id, s.Name)));
        var answer = Field(4);
        // "异议：说明" or "异议 说明": the note is what follows the word; the word alone is a dispute without a note.
        var word = DisputeWords.OrderByDescending(w => w.Length).FirstOrDefault(w => answer.StartsWith(w, StringComparison.OrdinalIgnoreCase));
        var disputed = word is not null;
        var note = disputed ? answer[word!.Length..].TrimStart(':', '：', ' ').Trim() : null;
        return new ProblemItem(category, Field(1), Field(2), source,
            disputed ? ProblemAcknowledgement.Disputed : ProblemAcknowledgement.Acknowledged, disputed && note!.Length > 0 ? note : null);
    }

    private static string Match(string typed, IEnumerable<(string Id, BilingualText Name)> known) =>
        known.FirstOrDefault(k => string.Equals(k.Id, typed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(k.Name.ZhCn, typed, StringComparison.Ordinal)
            || string.Equals(k.Name.En, typed, StringComparison.OrdinalIgnoreCase)).Id ?? typed;

    private static string Name(BilingualText text, UserLocale locale) => locale == UserLocale.En ? text.En : text.ZhCn;
}
