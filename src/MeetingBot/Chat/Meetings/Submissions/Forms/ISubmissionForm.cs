using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// The plain-text path of one kind of submission: the questions asked in turn, how the answers (pasted lists
/// included) become the domain's content, and how that content reads back to its author. Partial answers make a
/// partial content, which is what a draft holds.
/// </summary>
public interface ISubmissionForm
{
    SubmissionKind Kind { get; }

    IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale);

    SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable);

    string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale);
}
