using System.Globalization;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Submissions;

/// <summary>A moment in an item's history as people read it: month, day and time in the meeting's zone, no zone name.</summary>
public static class HistoryDates
{
    public static string Short(DateTimeOffset local, UserLocale locale) =>
        locale == UserLocale.En
            ? local.ToString("d MMM HH:mm", CultureInfo.InvariantCulture)
            : local.ToString("M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Short(DateTimeOffset at, string timeZoneId, UserLocale locale) =>
        Short(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)), locale);
}
