using MeetingBot.Chat.Phrasing;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// Talk record: date, the opinions each side gave, suggestions, resolved or not. Talk records are their own
/// aggregate (RecordTalk), not a submission, so this form builds <see cref="TalkNotes"/>.
/// </summary>
public static class TalkForm
{
    private static readonly string[] Yes = ["是", "已化解", "化解", "yes", "y", "resolved"];

    public static IReadOnlyList<string> Questions(string partnerName, UserLocale locale) =>
    [
        SubmissionTexts.TalkDate.In(locale, MarkdownEscape.Text(partnerName)),
        SubmissionTexts.TalkMine.In(locale),
        SubmissionTexts.TalkTheirs.In(locale),
        SubmissionTexts.TalkSuggestions.In(locale),
        SubmissionTexts.TalkResolved.In(locale),
    ];

    /// <summary>
    /// The date answer, read by the date-time recogniser on the meeting's calendar (<paramref name="today"/> is the
    /// meeting's date): 2026-12-07, 12月7日, 今天, 昨天, 下周五, today.
    /// </summary>
    public static DateOnly? ParseDate(string text, DateOnly today) => TypedDate.Read(text, today);

    public static TalkNotes Build(IReadOnlyList<string> answers, DateOnly today) => new(
        ParseDate(Numbered.At(answers, 0), today) ?? today,
        Numbered.At(answers, 1),
        Numbered.At(answers, 2),
        Numbered.At(answers, 3),
        Yes.Contains(Numbered.At(answers, 4).Trim(), StringComparer.OrdinalIgnoreCase));

    public static string Summary(TalkNotes notes, UserLocale locale) => locale == UserLocale.En
        ? $"Date: {notes.HeldOn:yyyy-MM-dd}\nOpinions given: {MarkdownEscape.Text(notes.OpinionsGivenByRecorder)}\nOpinions received: {MarkdownEscape.Text(notes.OpinionsGivenByOther)}\nSuggestions: {MarkdownEscape.Text(notes.Suggestions)}\nResolved: {(notes.DifferencesResolved ? "yes" : "no")}"
        : $"日期：{notes.HeldOn:yyyy-MM-dd}\n提出的意见：{MarkdownEscape.Text(notes.OpinionsGivenByRecorder)}\n收到的意见：{MarkdownEscape.Text(notes.OpinionsGivenByOther)}\n建议：{MarkdownEscape.Text(notes.Suggestions)}\n分歧已化解：{(notes.DifferencesResolved ? "是" : "否")}";
}
