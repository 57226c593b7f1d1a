using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Turns the Chinese numerals of dates and times (三天后, 七月十五日, 下午三点, 二〇二六年) into digits, so one
/// grammar reads both spellings. Only 0..99 and digit-by-digit years: nothing in a date needs more.
/// </summary>
public static partial class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string ToDigits(string text) => Numeral().Replace(text, m => ToArabic(m.Value) ?? m.Value);

    private static string? ToArabic(string numeral)
    {
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            var digits = new StringBuilder(numeral.Length);
            foreach (var c in numeral)
            {
                digits.Append((char)('0' + Digit(c)));
            }

            return digits.ToString();
        }

        // 十 = 10, 十五 = 15, 二十 = 20, 三十一 = 31; anything else (十十, 一二十) is not a number we read.
        var tens = numeral[..ten];
        var units = numeral[(ten + 1)..];
        if (tens.Length > 1 || units.Length > 1 || units == "十" || (tens.Length == 1 && Digit(tens[0]) == 0))
        {
            return null;
        }

        var value = (tens.Length == 0 ? 1 : Digit(tens[0])) * 10 + (units.Length == 0 ? 0 : Digit(units[0]));
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static int Digit(char c) => c switch
    {
        '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };

    [GeneratedRegex("[零〇一二两三四五六七八九十]+")]
    private static partial Regex Numeral();
}
