using System.Globalization;
using System.Text;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Readiness;
using MeetingBot.Coordination.Status;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

/// <summary>One person's task list as text, deadlines shown in the meeting's time zone (not the server's).</summary>
public static class MyTasksReply
{
    public static string For(PersonalTaskList tasks, Meeting meeting, UserLocale locale)
    {
        var zone = WallClock.TryFindZone(meeting.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var text = new StringBuilder().AppendLine(StatusTexts.TasksHeading.In(locale, meeting.TimeZoneId));
        if (tasks.Open.Count == 0)
        {
            text.AppendLine(StatusTexts.NothingOpen.In(locale));
        }

        foreach (var line in tasks.Open)
        {
            var due = line.Due is { } at
                ? (line.Overdue ? StatusTexts.Overdue : StatusTexts.DueAt).In(locale, Local(at, zone))
                : StatusTexts.NoDeadline.In(locale);
            var awaits = line.AwaitsThisPerson ? StatusTexts.AwaitsYou.In(locale) : string.Empty;
            text.AppendLine(StatusTexts.OpenTask.In(locale, Name(line, locale), awaits, due));
        }

        foreach (var line in tasks.Done)
        {
            text.AppendLine(StatusTexts.DoneTask.In(locale, Name(line, locale), string.Empty));
        }

        if (tasks.DisclosedToMe > 0)
        {
            text.AppendLine(StatusTexts.DisclosedToYou.In(locale, tasks.DisclosedToMe));
        }

        if (tasks.AwaitingMyReview > 0)
        {
            text.AppendLine(StatusTexts.AwaitingYourReview.In(locale, tasks.AwaitingMyReview));
        }

        return text.ToString().TrimEnd();
    }

    private static string Name(ObligationLine line, UserLocale locale)
    {
        var name = line.DeliverableName.In(locale == UserLocale.En ? "en" : "zh-CN");
        return line.WithName is null ? name : name + StatusTexts.WithPerson.In(locale, MarkdownEscape.Text(line.WithName));
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        WallClock.ToLocal(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
