using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>Study check-in: one pasted list of the materials studied.</summary>
public sealed class StudyForm : ISubmissionForm
{
    public SubmissionKind Kind => SubmissionKind.Study;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.StudyMaterials.In(locale)];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        new StudyCheckIn(PastedList.Parse(Numbered.At(answers, 0)).Points, null);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale) =>
        Numbered.Lines(((StudyCheckIn)content).MaterialsStudied.Select(MarkdownEscape.Text));
}
