using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Templates;
using MeetingBot.Localization;
using MeetingBot.Chat.Meetings.Switching;

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

    /// <summary>The content with what the meeting knows filled in (the report upward names its date and theme).</summary>
    SubmissionContent Build(IReadOnlyList<string> answers, MeetingInTurn found, DeliverableDefinition deliverable, DateOnly today) =>
        Build(answers, found.Template, deliverable);

    /// <summary>The short text path: the answers typed after the kind word (<c>提交 出席 参加</c>), or null when the kind only asks.</summary>
    IReadOnlyList<string>? Inline(string remainder) => null;

    /// <summary>Why an answer to a question cannot be taken (a date that does not read), or null.</summary>
    LocalText? Invalid(int step, string answer, DateOnly today) => null;

    /// <summary>The content with a reply to the read-back applied (what was missing, now given), or null when the reply is no such answer.</summary>
    SubmissionContent? Amend(SubmissionContent content, string answer, ProcessTemplate template) => null;

    /// <summary>What must still be given before handing in, asked in the author's words; null when nothing is.</summary>
    string? Missing(SubmissionContent content, ProcessTemplate template, UserLocale locale) => null;
}
