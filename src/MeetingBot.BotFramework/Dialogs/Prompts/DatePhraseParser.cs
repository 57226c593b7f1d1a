using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Reads a whole normalised string as one date phrase, or nothing; never a date inside other words.</summary>
internal static partial class DatePhraseParser
{
    public static DatePhrase? Parse(string text)
    {
        if (CalendarWords.DaysFromToday(text) is { } days)
        {
            return new DaysFromToday(days);
        }

        return Numeric(text) ?? Chinese(text) ?? EnglishMonthFirst(text) ?? EnglishDayFirst(text)
            ?? ChineseWeekday(text) ?? EnglishWeekday(text) ?? ChineseCount(text) ?? EnglishCount(text);
    }

    private static DatePhrase? Numeric(string text) =>
        NumericDate().Match(text) is { Success: true } m ? new CalendarDate(Number(m, "y"), Number(m, "m")!.Value, Number(m, "d")!.Value) : null;

    private static DatePhrase? Chinese(string text) =>
        ChineseDate().Match(text) is { Success: true } m ? new CalendarDate(Number(m, "y"), Number(m, "m")!.Value, Number(m, "d")!.Value) : null;

    private static DatePhrase? EnglishMonthFirst(string text) => English(MonthFirst().Match(text));

    private static DatePhrase? EnglishDayFirst(string text) => English(DayFirst().Match(text));

    private static DatePhrase? English(Match m) =>
        m.Success && CalendarWords.Month(m.Groups["mon"].Value) is { } month
            ? new CalendarDate(Number(m, "y"), month, Number(m, "d")!.Value)
            : null;

    private static DatePhrase? ChineseWeekday(string text) =>
        ChineseWeekdayPattern().Match(text) is { Success: true } m && CalendarWords.ChineseWeekday(m.Groups["day"].Value) is { } day
            ? new WeekdayInWeek(day, CalendarWords.Week(m.Groups["week"].Value))
            : null;

    private static DatePhrase? EnglishWeekday(string text) =>
        EnglishWeekdayPattern().Match(text) is { Success: true } m && CalendarWords.EnglishWeekday(m.Groups["day"].Value) is { } day
            ? new WeekdayInWeek(day, CalendarWords.Week(m.Groups["week"].Value))
            : null;

    private static DatePhrase? ChineseCount(string text) =>
        ChineseCountPattern().Match(text) is { Success: true } m ? Count(Number(m, "n")!.Value, m.Groups["unit"].Value) : null;

    private static DatePhrase? EnglishCount(string text) =>
        EnglishCountPattern().Match(text) is { Success: true } m && CalendarWords.EnglishCount(m.Groups["n"].Value) is { } n
            ? Count(n, m.Groups["unit"].Value)
            : null;

    private static DatePhrase? Count(int n, string unit) => CalendarWords.DaysIn(unit) is { } days ? new DaysFromToday(n * days) : null;

    private static int? Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;

    // 2026-07-15, 2026/7/15, 2026.7.15: year first, one separator throughout.
    [GeneratedRegex(@"^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$")]
    private static partial Regex NumericDate();

    // 7月15日, 7月15号, 2026年7月15日; chat often drops the 日.
    [GeneratedRegex(@"^(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})[日号號]?$")]
    private static partial Regex ChineseDate();

    // Jul 15, July 15th, Jul. 15, 2026
    [GeneratedRegex(@"^(?:on )?(?<mon>[a-z]+)\.? ?(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,? ?(?<y>\d{4}))?$")]
    private static partial Regex MonthFirst();

    // 15 July 2026, 15th of July
    [GeneratedRegex(@"^(?:on )?(?<d>\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<mon>[a-z]+)\.?(?:,? ?(?<y>\d{4}))?$")]
    private static partial Regex DayFirst();

    // 周5, 星期5, 礼拜天, 下周5, 这个星期5 (一..六 arrive here as digits)
    [GeneratedRegex(@"^(?:(?<week>下下|下|本|这)个?)?(?:周|星期|礼拜|禮拜)(?<day>[1-6日天])$")]
    private static partial Regex ChineseWeekdayPattern();

    // friday, on friday, this friday, next fri
    [GeneratedRegex(@"^(?:on )?(?:(?<week>this|next) )?(?<day>[a-z]+)$")]
    private static partial Regex EnglishWeekdayPattern();

    // 3天后, 3天以后, 2周后, 1个星期后
    [GeneratedRegex(@"^(?<n>\d{1,3})个?(?<unit>天|周|星期|礼拜)(?:后|以后|之后)$")]
    private static partial Regex ChineseCountPattern();

    // in 3 days, in three days, 2 weeks from now, 3 days later
    [GeneratedRegex(@"^(?:in (?<n>[a-z]+|\d{1,3}) (?<unit>days?|weeks?)|(?<n>[a-z]+|\d{1,3}) (?<unit>days?|weeks?) (?:later|from now))$")]
    private static partial Regex EnglishCountPattern();
}
