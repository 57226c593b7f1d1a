using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>Attendance confirmation (出席确认): <c>参加</c>, or <c>请假 理由</c>; attending members count towards the quorum.</summary>
public sealed class AttendanceForm : ISubmissionForm
{
    private static readonly string[] AttendWords = ["参加", "出席", "参会", "是", "yes", "y", "attend", "attending"];
    private static readonly string[] AbsentWords = ["请假", "不参加", "缺席", "否", "no", "n", "absent"];

    public SubmissionKind Kind => SubmissionKind.Attendance;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.AttendanceQuestion.In(locale)];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable)
    {
        var answer = Numbered.At(answers, 0).Trim();
        var (head, rest) = Split(answer);
        if (AttendWords.Contains(head, StringComparer.OrdinalIgnoreCase))
        {
            return new AttendanceConfirmation(true, null);
        }

        // Anything else is an absence; its reason is what follows 请假 (or the whole answer when no word was given).
        var reason = AbsentWords.Contains(head, StringComparer.OrdinalIgnoreCase) ? rest : answer;
        return new AttendanceConfirmation(false, string.IsNullOrWhiteSpace(reason) ? null : reason);
    }

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var attendance = (AttendanceConfirmation)content;
        return attendance switch
        {
            { Attending: true } => SubmissionTexts.AttendanceYes.In(locale),
            { AbsenceReason: null } => SubmissionTexts.AttendanceNoReasonYet.In(locale),
            _ => SubmissionTexts.AttendanceNo.In(locale, MarkdownEscape.Text(attendance.AbsenceReason)),
        };
    }

    /// <summary>The domain takes no leave without its reason: asked for at 提交 rather than refused.</summary>
    public string? Missing(SubmissionContent content, ProcessTemplate template, UserLocale locale) =>
        content is AttendanceConfirmation { Attending: false, AbsenceReason: null } ? SubmissionTexts.AttendanceNoReasonYet.In(locale) : null;

    /// <summary>A leave asked for without a reason (我参加不了，要请假): the next line typed at the read-back is the reason.</summary>
    public SubmissionContent? Amend(SubmissionContent content, string answer, ProcessTemplate template) =>
        content is AttendanceConfirmation { Attending: false, AbsenceReason: null } && answer.Trim() is { Length: > 0 } reason
            ? new AttendanceConfirmation(false, reason)
            : null;

    public IReadOnlyList<string>? Inline(string remainder) => [remainder];

    public LocalText? Invalid(int step, string answer, DateOnly today)
    {
        var (head, _) = Split(answer.Trim());
        return AttendWords.Contains(head, StringComparer.OrdinalIgnoreCase) || AbsentWords.Contains(head, StringComparer.OrdinalIgnoreCase)
            ? null
            : SubmissionTexts.AttendanceInvalid;
    }

    private static (string Head, string Tail) Split(string answer)
    {
        var space = answer.IndexOfAny([' ', '\u3000', '\n', '\t', '，', ',', '：', ':']);
        return space < 0 ? (answer, string.Empty) : (answer[..space], answer[(space + 1)..].Trim());
    }
}
