namespace MeetingBot.Chat.Commands;

/// <summary>
/// How typed commands are split: Chinese and full-width punctuation and spaces separate words as ASCII ones do, and
/// full-width digits count as digits, because an IME types <c>退回１，例子不具体</c> as readily as <c>退回 1 例子不具体</c>.
/// </summary>
public static class CommandText
{
    private const string Separators = ":：,，、;；";

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
