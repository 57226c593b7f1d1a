using System.Text;

namespace MeetingBot.BotFramework.Dialogs.Prompts;

/// <summary>Normalises what people type on Chinese keyboards: full-width digits, letters and punctuation become ASCII.</summary>
public static class InputText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' => ' ',
                '。' => '.',
                _ => c,
            });
        }

        return builder.ToString().Trim().TrimEnd('.', '!', '?');
    }

    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    /// <summary>Small Chinese numerals (零 to 九十九: 三, 十二, 二十, 两): what people write for counts and days.</summary>
    public static int? ChineseNumber(string text)
    {
        if (text.Length == 1 && Digits.TryGetValue(text[0], out var single))
        {
            return single;
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0 || text.Length > 3)
        {
            return null;
        }

        var tens = ten == 0 ? 1 : Digits.TryGetValue(text[0], out var t) && ten == 1 ? t : -1;
        var ones = ten == text.Length - 1 ? 0 : Digits.TryGetValue(text[^1], out var o) ? o : -1;
        return tens < 0 || ones < 0 ? null : (tens * 10) + ones;
    }
}
