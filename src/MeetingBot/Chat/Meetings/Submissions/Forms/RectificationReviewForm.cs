using MeetingBot.Coordination.Submissions;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions.Forms;

/// <summary>
/// The review of the previous rectification tasks (回头看): one pasted list, each item <c>任务｜责任人｜已完成（整改中、未完成）｜说明</c>
/// (only the task is required); <c>无</c> states there were no previous tasks. <c>整改 回头看</c> fills it from the
/// previous meeting's list instead.
/// </summary>
public sealed class RectificationReviewForm : ISubmissionForm
{
    private static readonly string[] NoneWords = ["无", "没有", "无上次整改任务", "none", "no tasks"];
    private static readonly string[] DoneWords = ["已完成", "完成", "已办结", "done", "completed", "yes"];
    private static readonly string[] InProgressWords = ["整改中", "进行中", "推进中", "正在整改", "in progress", "in-progress"];

    /// <summary>A mark as the office writes it: 已完成, 整改中 or 未完成 (anything else reads as not done).</summary>
    public static CarriedOverProgress Mark(string word) =>
        DoneWords.Contains(word.Trim(), StringComparer.OrdinalIgnoreCase) ? CarriedOverProgress.Done
        : InProgressWords.Contains(word.Trim(), StringComparer.OrdinalIgnoreCase) ? CarriedOverProgress.InProgress
        : CarriedOverProgress.NotDone;

    public SubmissionKind Kind => SubmissionKind.RectificationReview;

    public IReadOnlyList<string> Questions(ProcessTemplate template, string? targetName, UserLocale locale) =>
        [SubmissionTexts.RectificationTasks.In(locale)];

    public SubmissionContent Build(IReadOnlyList<string> answers, ProcessTemplate template, DeliverableDefinition deliverable)
    {
        var text = Numbered.At(answers, 0).Trim();
        if (NoneWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            return new RectificationReview([], true);
        }

        var tasks = PastedList.Parse(text).Points.Select(point =>
        {
            var parts = point.Split(['｜', '|']).Select(p => p.Trim()).ToArray();
            string At(int i) => i < parts.Length ? parts[i] : string.Empty;
            var note = At(3);
            var mark = Mark(At(2));
            return new CarriedOverTask(At(0), At(1), mark == CarriedOverProgress.Done, note.Length == 0 ? null : note, mark);
        }).ToList();
        return new RectificationReview(tasks, false);
    }

    public string Summary(SubmissionContent content, ProcessTemplate template, UserLocale locale)
    {
        var review = (RectificationReview)content;
        if (review.NoPreviousTasks)
        {
            return SubmissionTexts.RectificationNone.In(locale);
        }

        var english = locale == UserLocale.En;
        return Numbered.Lines(review.Tasks.Select(t =>
        {
            var owner = t.OwnerName.Length == 0 ? string.Empty : (english ? $" ({MarkdownEscape.Text(t.OwnerName)})" : $"（{MarkdownEscape.Text(t.OwnerName)}）");
            var state = (english ? " — " : "——") + MarkText(t.Standing).In(locale);
            var note = t.Note is null ? string.Empty : (english ? $": {MarkdownEscape.Text(t.Note)}" : $"：{MarkdownEscape.Text(t.Note)}");
            return MarkdownEscape.Text(t.Task) + owner + state + note;
        }));
    }

    public IReadOnlyList<string>? Inline(string remainder) => [remainder];

    public static LocalText MarkText(CarriedOverProgress progress) => progress switch
    {
        CarriedOverProgress.Done => SubmissionTexts.MarkDone,
        CarriedOverProgress.InProgress => SubmissionTexts.MarkInProgress,
        _ => SubmissionTexts.MarkNotDone,
    };
}
