using MeetingBot.BotFramework.Dialogs.Prompts;

namespace MeetingBot.Chat.Commands;

/// <summary>
/// How typed commands are split: Chinese and full-width punctuation and spaces separate words as ASCII ones do, and
/// full-width digits count as digits, because an IME types <c>退回１，例子不具体</c> as readily as <c>退回 1 例子不具体</c>.
/// </summary>
public static class CommandText
{
    private const string Separators = ":：,，、;；";
    private const string ChineseDigits = "零〇一二两三四五六七八九十";

    // 二〇二六 is the longest numeral a command argument starts with (a year).
    private const int MaxNumeralLength = 4;

    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || Separators.Contains(c);

    public static bool IsColon(char c) => c is ':' or '：';

    public static string TrimSeparators(string text) => text.Trim().TrimStart(Separators.ToCharArray()).Trim();

    /// <summary>Full-width digits (０–９) as ASCII.</summary>
    public static string AsciiDigits(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });

    /// <summary>
    /// The text with the number it starts with in ASCII digits, whether typed full width (３) or as a Chinese numeral
    /// (三, 十二): <c>退回 三 例子不具体</c> reads as <c>退回 3 例子不具体</c>. Only the leading number changes; what
    /// follows is the person's own words.
    /// </summary>
    public static string LeadingDigits(string text)
    {
        var ascii = AsciiDigits(text);
        var end = 0;
        while (end < ascii.Length && end < MaxNumeralLength && ChineseDigits.Contains(ascii[end]))
        {
            end++;
        }

        if (end == 0)
        {
            return ascii;
        }

        var digits = ChineseNumerals.ToDigits(ascii[..end]);
        return digits.All(char.IsAsciiDigit) ? digits + ascii[end..] : ascii;
    }

    /// <summary>The first word and what follows it, split at the first separator.</summary>
    public static (string Head, string Remainder) FirstWord(string text)
    {
        var trimmed = text.Trim();
        var end = 0;
        while (end < trimmed.Length && !IsSeparator(trimmed[end]))
        {
            end++;
        }

        return (trimmed[..end], TrimSeparators(trimmed[end..]));
    }

    /// <summary>
    /// A question is conversation, not a command argument: <c>报送 材料了吗</c>. A colon says "here comes the text", so
    /// <c>意见：第三部分是否要补充典型事例？</c> stays a comment.
    /// </summary>
    public static bool IsQuestion(string argument) =>
        argument.Length > 0 && (argument[^1] is '?' or '？' || argument.EndsWith('吗') || argument.EndsWith('呢'));
}
