using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Reads a whole normalised string as a time of day. Digits with a colon (15:30, 09:00) are the 24-hour clock,
/// as people in China write them; an hour without a colon needs a period word or am/pm unless it is 0 or 13..23.
/// </summary>
internal static partial class ClockTimeParser
{
    public static ClockReading? Parse(string text)
    {
        if (ChineseTime().Match(text) is { Success: true } zh)
        {
            return Read(zh, ChinesePeriod(zh.Groups["period"].Value));
        }

        if (EnglishTime().Match(text) is { Success: true } en)
        {
            return en.Groups["noon"].Success
                ? ClockReading.At(12, 0, 0)
                : Read(en, en.Groups["ampm"].Value switch { "am" => DayPeriod.Am, "pm" => DayPeriod.Pm, _ => DayPeriod.None });
        }

        return null;
    }

    private static ClockReading? Read(Match m, DayPeriod period)
    {
        var colon = m.Groups["hc"].Success;
        var hour = Number(m, colon ? "hc" : "h");
        var minute = colon ? Number(m, "mc")
            : m.Groups["half"].Success ? 30
            : m.Groups["quarter"].Success ? 15 * Number(m, "quarter")
            : Number(m, "m");
        var second = Number(m, "sc");
        if (minute > 59 || second > 59)
        {
            return null;
        }

        if (IsAmbiguous(hour, period, colon))
        {
            return ClockReading.Ambiguous;
        }

        return HourOnTheClock(hour, period) is { } clockHour ? ClockReading.At(clockHour, minute, second) : null;
    }

    // 3点 could be 03:00 or 15:00; 晚上12点 and 晚上1点 could be either side of midnight, so on either day.
    private static bool IsAmbiguous(int hour, DayPeriod period, bool twentyFourHourForm) => period switch
    {
        DayPeriod.None => !twentyFourHourForm && hour is >= 1 and <= 12,
        DayPeriod.Evening => hour is 12 or (>= 0 and <= 4),
        _ => false,
    };

    // null: the hour does not exist, or contradicts its period word (上午15点, 13pm).
    private static int? HourOnTheClock(int hour, DayPeriod period) => period switch
    {
        DayPeriod.None => hour <= 23 ? hour : null,
        DayPeriod.Am => hour is >= 1 and <= 12 ? hour % 12 : null,
        DayPeriod.Pm => hour is >= 1 and <= 12 ? hour % 12 + 12 : null,
        DayPeriod.Dawn => hour is >= 0 and <= 6 ? hour : hour == 12 ? 0 : null,
        DayPeriod.Morning => hour <= 12 ? hour : null,
        DayPeriod.Noon => hour is >= 11 and <= 13 ? hour : hour is 1 or 2 ? hour + 12 : null,
        DayPeriod.Afternoon => hour is >= 1 and <= 11 ? hour + 12 : hour is >= 12 and <= 23 ? hour : null,
        DayPeriod.Evening => hour is >= 5 and <= 11 ? hour + 12 : hour is >= 17 and <= 23 ? hour : null,
        _ => null,
    };

    private static DayPeriod ChinesePeriod(string word) => word switch
    {
        "凌晨" => DayPeriod.Dawn,
        "早上" or "早晨" or "清晨" or "上午" => DayPeriod.Morning,
        "中午" => DayPeriod.Noon,
        "下午" or "傍晚" => DayPeriod.Afternoon,
        "晚上" or "夜里" => DayPeriod.Evening,
        _ => DayPeriod.None,
    };

    private static int Number(Match m, string group) =>
        m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    // 下午3点, 3点半, 3点1刻 (一刻 arrives as 1刻), 3点05分, 15点整, 上午9:30, 15:30
    [GeneratedRegex(@"^(?<period>凌晨|早上|早晨|清晨|上午|中午|下午|傍晚|晚上|夜里)?(?:(?<h>\d{1,2})[点點时時]钟?(?:(?<half>半)|(?<quarter>[13])刻|(?<m>\d{1,2})分?|整)?|(?<hc>\d{1,2}):(?<mc>\d{2})(?::(?<sc>\d{2}))?)$")]
    private static partial Regex ChineseTime();

    // 3pm, 3 pm, 9:30am, at 15:00, at noon, 3 (ambiguous)
    [GeneratedRegex(@"^(?:at ?)?(?:(?<noon>noon|midday)|(?:(?<hc>\d{1,2}):(?<mc>\d{2})(?::(?<sc>\d{2}))?|(?<h>\d{1,2})) ?(?<ampm>am|pm)?)$")]
    private static partial Regex EnglishTime();
}
