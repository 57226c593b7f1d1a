namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>The words of dates, after <see cref="ChatTextNormalizer"/> (lower case, Chinese numerals as digits).</summary>
internal static class CalendarWords
{
    public static int? DaysFromToday(string word) => word switch
    {
        "今天" or "今日" or "today" => 0,
        "明天" or "明日" or "tomorrow" or "tmr" or "tmrw" => 1,
        "后天" or "day after tomorrow" or "the day after tomorrow" => 2,
        "大后天" => 3,
        "昨天" or "昨日" or "yesterday" => -1,
        "前天" => -2,
        _ => null,
    };

    public static int? Month(string word) => word switch
    {
        "jan" or "january" => 1,
        "feb" or "february" => 2,
        "mar" or "march" => 3,
        "apr" or "april" => 4,
        "may" => 5,
        "jun" or "june" => 6,
        "jul" or "july" => 7,
        "aug" or "august" => 8,
        "sep" or "sept" or "september" => 9,
        "oct" or "october" => 10,
        "nov" or "november" => 11,
        "dec" or "december" => 12,
        _ => null,
    };

    public static DayOfWeek? EnglishWeekday(string word) => word switch
    {
        "mon" or "monday" => DayOfWeek.Monday,
        "tue" or "tues" or "tuesday" => DayOfWeek.Tuesday,
        "wed" or "weds" or "wednesday" => DayOfWeek.Wednesday,
        "thu" or "thur" or "thurs" or "thursday" => DayOfWeek.Thursday,
        "fri" or "friday" => DayOfWeek.Friday,
        "sat" or "saturday" => DayOfWeek.Saturday,
        "sun" or "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The character after 周 / 星期 / 礼拜: 1..6 (from 一..六) or 日 / 天 for Sunday.</summary>
    public static DayOfWeek? ChineseWeekday(string word) => word switch
    {
        "日" or "天" => DayOfWeek.Sunday,
        [var digit] when digit is >= '1' and <= '6' => (DayOfWeek)(digit - '0'),
        _ => null,
    };

    public static WeekChoice Week(string prefix) => prefix switch
    {
        "本" or "这" or "this" => WeekChoice.ThisWeek,
        "下" or "next" => WeekChoice.NextWeek,
        "下下" => WeekChoice.WeekAfterNext,
        _ => WeekChoice.Coming,
    };

    public static int? EnglishCount(string word) => word switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ when word.Length <= 3 && word.All(char.IsAsciiDigit) => int.Parse(word, System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    public static int? DaysIn(string unit) => unit switch
    {
        "天" or "day" or "days" => 1,
        "周" or "星期" or "礼拜" or "week" or "weeks" => 7,
        _ => null,
    };
}
