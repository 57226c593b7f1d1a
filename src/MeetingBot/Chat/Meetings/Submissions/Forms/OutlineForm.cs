using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>Criticism outline: one pasted list; the domain splits points, examples and aspects (OutlineText).</summary>
public sealed class OutlineForm : ISubmissionForm
{
    public SubmissionKind Kind => SubmissionKind.Outline;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.OutlinePoints.In(locale, MarkdownEscape.Text(targetName))];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        OutlineText.Read(Numbered.At(answers, 0), template, deliverable.PreReview);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var english = locale == UserLocale.En;
        return Numbered.Lines(((CriticismOutline)content).Points.Select(p =>
        {
            var aspect = template.Aspects.FirstOrDefault(a => a.Id == p.AspectId)?.Name;
            var head = aspect is null ? string.Empty : $"[{(english ? aspect.En : aspect.ZhCn)}] ";
            var example = p.Example is null ? string.Empty : (english ? $" (e.g. {MarkdownEscape.Text(p.Example)})" : $"（例如：{MarkdownEscape.Text(p.Example)}）");
            return head + MarkdownEscape.Text(p.Text) + example;
        }));
    }
}
