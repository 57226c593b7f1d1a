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
    // How people answer 分歧是否已化解 in a sentence (是的，分歧已经化解。/ 已经化解了 / 没有分歧): a denial anywhere (没有化解,
    // 尚未化解, 不是) outweighs the words of a yes, except that having had no differences at all is a yes.
    private static readonly string[] NoDifferences = ["没有分歧", "没分歧", "无分歧", "不存在分歧", "没有什么分歧"];
    private static readonly string[] Denials = ["否", "没", "未", "不", "no", "not", "unresolved"];
    private static readonly string[] Yes = ["是", "对", "已", "化解", "解决", "好", "yes", "y", "resolved"];

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
        Resolved(Numbered.At(answers, 4)));

    /// <summary>Whether the answer to 分歧是否已化解 says yes: 是 / 是的，分歧已经化解。 / 已化解 / 没有分歧; 否 / 还没有化解 say no.</summary>
    public static bool Resolved(string answer)
    {
        var said = answer.Trim().ToLowerInvariant();
        if (NoDifferences.Any(words => Says(said, words)))
        {
            return true;
        }

        if (Denials.Any(word => Says(said, word)))
        {
            return false;
        }

        return Yes.Any(word => Says(said, word));
    }

    // Chinese has no spaces between words; an English word must stand on its own (not is no "no", yesterday no "yes").
    private static bool Says(string said, string word) => word[0] >= '\u2E80'
        ? said.Contains(word, StringComparison.Ordinal)
        : said.Split([' ', ',', '.', '!', '，', '。', '！'], StringSplitOptions.RemoveEmptyEntries).Contains(word, StringComparer.Ordinal);

    public static string Summary(TalkNotes notes, UserLocale locale) => locale == UserLocale.En
        ? $"Date: {notes.HeldOn:yyyy-MM-dd}\nOpinions given: {MarkdownEscape.Text(notes.OpinionsGivenByRecorder)}\nOpinions received: {MarkdownEscape.Text(notes.OpinionsGivenByOther)}\nSuggestions: {MarkdownEscape.Text(notes.Suggestions)}\nResolved: {(notes.DifferencesResolved ? "yes" : "no")}"
        : $"日期：{notes.HeldOn:yyyy-MM-dd}\n提出的意见：{MarkdownEscape.Text(notes.OpinionsGivenByRecorder)}\n收到的意见：{MarkdownEscape.Text(notes.OpinionsGivenByOther)}\n建议：{MarkdownEscape.Text(notes.Suggestions)}\n分歧已化解：{(notes.DifferencesResolved ? "是" : "否")}";
}
