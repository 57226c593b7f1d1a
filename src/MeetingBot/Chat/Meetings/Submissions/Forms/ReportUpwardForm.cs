using System.Globalization;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// The report of date and theme upward (报告上级): when it was reported and to whom (the secretary's note); the
/// meeting's current date and theme are recorded with it, so a later reschedule shows the report as out of date.
/// </summary>
public sealed class ReportUpwardForm : ISubmissionForm
{
    public SubmissionKind Kind => SubmissionKind.ReportUpward;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.ReportDate.In(locale), SubmissionTexts.ReportTo.In(locale)];

    /// <summary>Without the meeting there is no theme: the domain's ContentRules keep such a content from being handed in.</summary>
    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable) =>
        Make(answers, string.Empty, default, DateOnly.MinValue);

    public SubmissionContent Build(IReadOnlyList<string> answers, MeetingInTurn found, DeliverableDefinition deliverable, DateOnly today) =>
        Make(answers, found.Meeting.Theme, found.Meeting.LocalStart, today);

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var report = (ReportUpward)content;
        return SubmissionTexts.ReportSummary.In(locale, report.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MarkdownEscape.Text(report.ReportedTo),
            report.ReportedMeetingStart.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), MarkdownEscape.Text(report.ReportedTheme));
    }

    public IReadOnlyList<string>? Inline(string remainder)
    {
        var trimmed = remainder.Trim();
        var space = trimmed.IndexOfAny([' ', '\u3000', '\n', '\t']);
        return space < 0 ? [trimmed] : [trimmed[..space], trimmed[(space + 1)..].Trim()];
    }

    public LocalText? Invalid(int step, string answer, DateOnly today) =>
        step == 0 && TalkForm.ParseDate(answer, today) is null ? SubmissionTexts.ReportDateInvalid : null;

    private static ReportUpward Make(IReadOnlyList<string> answers, string theme, DateTime start, DateOnly today) => new(
        TalkForm.ParseDate(Numbered.At(answers, 0), today) ?? today,
        Numbered.At(answers, 1).Trim(),
        theme,
        start,
        null);
}
