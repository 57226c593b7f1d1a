using System.Text.RegularExpressions;
using MeetingBot.BotFramework.Dialogs.Prompts;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 改期's argument when it says how far rather than when: <c>推迟一周</c>, <c>往后推两天</c>, <c>提前1天</c>,
/// <c>1 week later</c>, <c>2 days earlier</c>. Whole days and weeks only; the domain counts them from the meeting's own
/// date (<see cref="MeetingShift"/>). Anything else is a date as typed.
/// </summary>
public static partial class MeetingShiftText
{
    private const int DaysInAWeek = 7;

    private static readonly string[] EnglishNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Whether the argument starts as a shift does, for the command grammar (the handler reads the rest).</summary>
    public static bool IsShift(string argument) => Read(argument) is not null;

    /// <returns>The shift, or null when the argument is not one (or shifts by nothing).</returns>
    public static MeetingShift? Read(string argument)
    {
        var text = argument.Trim();
        if (Chinese().Match(text) is { Success: true } zh)
        {
            var later = zh.Groups["earlier"].Length == 0;
            return Shift(ChineseNumerals.ToDigits(zh.Groups["n"].Value), zh.Groups["unit"].Value is "天" or "日", later);
        }

        if (English().Match(text) is { Success: true } en)
        {
            var n = en.Groups["n"].Value.ToLowerInvariant();
            var number = n is "a" or "an" ? "1" : Array.IndexOf(EnglishNumbers, n) is >= 0 and var index ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : n;
            return Shift(number, en.Groups["unit"].Value.StartsWith("day", StringComparison.OrdinalIgnoreCase), en.Groups["dir"].Value.Equals("later", StringComparison.OrdinalIgnoreCase));
        }

        return null;
    }

    private static MeetingShift? Shift(string number, bool days, bool later) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? new MeetingShift((later ? 1 : -1) * n * (days ? 1 : DaysInAWeek))
            : null;

    [GeneratedRegex(@"^(?:(?:推迟|延后|延期|顺延|往后推|往后延|往后挪|推后|后延|晚)|(?<earlier>提前|提早|往前提|往前挪|早))\s*(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(?<unit>天|日|周|星期|礼拜)$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^(?<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?<unit>days?|weeks?) (?<dir>later|earlier)$", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
