namespace MeetingBot.Reports.Rendering;

/// <summary>Chinese counting numerals (一, 十, 十一, 二十一) as official documents number their sections.</summary>
public static class ChineseNumeral
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>The numeral of 1–999; sections beyond that do not occur in a report, so larger numbers are refused.</summary>
    public static string Of(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 999);

        var hundreds = number / 100;
        var tens = number / 10 % 10;
        var ones = number % 10;
        var text = new System.Text.StringBuilder();
        if (hundreds > 0)
        {
            text.Append(Digits[hundreds]).Append('百');
        }

        if (tens > 0)
        {
            // 十一, not 一十一, when nothing stands before the tens; 一百一十 after hundreds.
            if (hundreds > 0 || tens > 1)
            {
                text.Append(Digits[tens]);
            }

            text.Append('十');
        }
        else if (hundreds > 0 && ones > 0)
        {
            text.Append('零');
        }

        if (ones > 0)
        {
            text.Append(Digits[ones]);
        }

        return text.ToString();
    }
}
