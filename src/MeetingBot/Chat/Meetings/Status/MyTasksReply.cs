using System.Globalization;
using System.Text;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>
/// One person's task list, deadlines shown in the meeting's time zone (not the server's). It is a Markdown list so
/// Web Chat, Teams and the Emulator show it as a list, on a phone as on a desk; each open task ends with the command
/// that opens its form, to copy, and where the channel renders cards a second message carries the same as buttons.
/// </summary>
public static class MyTasksReply
{
    public static string For(PersonalTaskList tasks, Meeting meeting, ProcessTemplate template, UserLocale locale)
    {
        var zone = WallClock.TryFindZone(meeting.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var text = new StringBuilder()
            .AppendLine(StatusTexts.TasksHeading.In(locale, MarkdownEscape.Text(meeting.Theme), MeetingText.Zone(meeting, locale)))
            .AppendLine();
        if (tasks.Open.Count == 0)
        {
            text.AppendLine(StatusTexts.NothingOpen.In(locale)).AppendLine();
        }

        foreach (var line in tasks.Open)
        {
            text.AppendLine(OpenTask(StatusTexts.OpenTask, line, zone, template, locale));
        }

        foreach (var line in tasks.Done)
        {
            text.AppendLine(StatusTexts.DoneTask.In(locale, Name(line, locale), string.Empty));
        }

        var extras = new List<string>();
        if (tasks.DisclosedToMe > 0)
        {
            extras.Add(StatusTexts.DisclosedToYou.In(locale, tasks.DisclosedToMe));
        }

        if (tasks.AwaitingMyReview > 0)
        {
            extras.Add(StatusTexts.AwaitingYourReview.In(locale, tasks.AwaitingMyReview));
        }

        if (extras.Count > 0)
        {
            text.AppendLine();
            foreach (var extra in extras)
            {
                text.AppendLine(extra);
            }
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// One open task in <paramref name="frame"/> (a list line, or 时间地点's one line): its name, whether it waits for this
    /// person, when it is due in the meeting's zone, and the command that starts it.
    /// </summary>
    public static string OpenTask(LocalText frame, ObligationLine line, TimeZoneInfo zone, ProcessTemplate template, UserLocale locale)
    {
        var due = line.Due is { } at
            ? (line.Overdue ? StatusTexts.Overdue : StatusTexts.DueAt).In(locale, Local(at, zone))
            : StatusTexts.NoDeadline.In(locale);
        var awaits = line.AwaitsThisPerson ? StatusTexts.AwaitsYou.In(locale) : string.Empty;
        var next = TaskNextStep.For(line, template, locale) is { } command ? StatusTexts.SendToStart.In(locale, MarkdownEscape.Text(command)) : string.Empty;
        return frame.In(locale, Name(line, locale), awaits, due, next);
    }

    /// <summary>The open tasks' commands as buttons, or null when there is nothing to open or the channel shows no cards.</summary>
    public static Activity? Buttons(PersonalTaskList tasks, ProcessTemplate template, UserLocale locale, string? channelId) =>
        NextStepButtons.For(tasks.Open.Select(l => TaskNextStep.For(l, template, locale)).OfType<string>(), locale, channelId);

    private static string Name(ObligationLine line, UserLocale locale)
    {
        var name = line.DeliverableName.In(locale == UserLocale.En ? "en" : "zh-CN");
        return line.WithName is null ? name : name + StatusTexts.WithPerson.In(locale, MarkdownEscape.Text(line.WithName));
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.ToLocal(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
