using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// The rectification tasks 我的任务 adds for their owner, each with the commands that report on it: after the meeting
/// they are what he still has to do (found in a trial: 我的任务 then listed only the overdue preparation items).
/// </summary>
public static class RectificationTasksReply
{
    private static readonly LocalText Heading = new("我的整改任务：", "My rectification tasks:");

    private static readonly LocalText Line = new(
        "- ☐ 第{0}项：{1} — 完成时限 {2} — 发送“整改 进展 {0} 情况”报告进展，完成后发送“整改 完成 {0} 佐证材料”",
        "- ☐ task {0}: {1} — due {2} — send \"rectification progress {0} <what was done>\", and when done \"rectification done {0} <evidence>\"");

    /// <summary>Null when the person owns no task he still owes (done, awaiting acceptance or withdrawn ones are not his to act on).</summary>
    public static string? For(MeetingDossier dossier, string userId, UserLocale locale)
    {
        var owed = dossier.Rectification?.Tasks.Where(t => t.OwnerId == userId && t.OwnerOwes).OrderBy(t => t.DueDate).ToList();
        if (owed is not { Count: > 0 })
        {
            return null;
        }

        var text = new StringBuilder().AppendLine(Heading.In(locale));
        foreach (var task in owed)
        {
            text.AppendLine(Line.In(locale, task.Number, MarkdownEscape.Text(task.Measure), task.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return text.ToString().TrimEnd();
    }
}
