using System.Text.RegularExpressions;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Commands;

/// <summary>
/// What may follow a command word: nothing, a number, a date, a name, free text, or one of a few keywords each with
/// its own shape. <see cref="Read"/> answers whether a typed argument has this shape and, if so, the argument as the
/// handler reads it (digits in ASCII, one space after a leading number or keyword), so <c>退回1，例子不具体</c> and
/// <c>退回 1 例子不具体</c> reach the handler alike. Anything else is conversation, not this command.
/// </summary>
public sealed partial class ArgumentShape
{
    private static readonly string[] DateWords =
    [
        "今天", "明天", "后天", "大后天", "下周", "本周", "这周", "周", "星期", "下月", "下个月", "本月", "月底", "年底",
        "today", "tomorrow", "next", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    private readonly Func<string, string?> _read;

    private ArgumentShape(bool optional, bool mayTouchWord, LocalText example, Func<string, string?> read)
    {
        Optional = optional;
        MayTouchWord = mayTouchWord;
        Example = example;
        _read = read;
    }

    /// <summary>Nothing may be all there is (a keyword's optional text); the command word alone is always the command.</summary>
    public bool Optional { get; }

    /// <summary>Whether the argument may follow a Chinese command word without a separator (<c>退回1</c>, <c>改期7月15日</c>): only digits may.</summary>
    public bool MayTouchWord { get; }

    /// <summary>An example argument, for the "did you mean" hint; empty when the command takes none.</summary>
    public LocalText Example { get; }

    /// <summary>Nothing may follow the command word.</summary>
    public static ArgumentShape None { get; } = new(true, false, new LocalText(string.Empty, string.Empty), _ => null);

    /// <summary>Free text after a separator (a comment, a reason, a place).</summary>
    public static ArgumentShape Text(LocalText example) => new(false, false, example, text => text);

    /// <summary>A whole number (digits or a Chinese numeral), optionally followed by text (<c>退回 2 例子不具体</c>, <c>退回 二 例子不具体</c>).</summary>
    public static ArgumentShape Number(LocalText example, bool textAfter = false) => new(false, true, example, text =>
    {
        var match = LeadingNumber().Match(CommandText.LeadingDigits(text));
        if (!match.Success)
        {
            return null;
        }

        var rest = CommandText.TrimSeparators(match.Groups["rest"].Value);
        return rest.Length == 0 ? match.Groups["number"].Value
            : textAfter && CommandText.IsSeparator(match.Groups["rest"].Value[0]) ? match.Groups["number"].Value + " " + rest
            : null;
    });

    /// <summary>A date or date and time: it starts with a digit or a date word (<c>2030-01-15 9:00</c>, <c>明天</c>, <c>下周一</c>).</summary>
    public static ArgumentShape Date(LocalText example) => new(false, true, example, text =>
    {
        var ascii = CommandText.LeadingDigits(text);
        return char.IsAsciiDigit(ascii[0]) || DateWords.Any(w => ascii.StartsWith(w, StringComparison.OrdinalIgnoreCase)) ? ascii : null;
    });

    /// <summary>A person (an @mention or a name), optionally followed by more (roles, a note).</summary>
    public static ArgumentShape Name(LocalText example) => new(false, false, example, text => text);

    /// <summary>One of <paramref name="words"/> first, then what that word takes.</summary>
    public static ArgumentShape Keywords(LocalText example, IReadOnlyDictionary<string, ArgumentShape> words) => new(false, false, example, text =>
    {
        var (head, rest) = CommandText.FirstWord(text);
        var then = words.FirstOrDefault(w => string.Equals(w.Key, head, StringComparison.OrdinalIgnoreCase)).Value;
        if (then is null)
        {
            return null;
        }

        if (rest.Length == 0)
        {
            // The keyword alone (整改 生成): the command answers with what it still needs.
            return head;
        }

        return then.Read(rest) is { } read ? head + " " + read : null;
    });

    /// <summary>Text that <paramref name="startsRight"/> accepts from its start (<c>提纲7 意见</c>), read as typed.</summary>
    public static ArgumentShape StartingWith(LocalText example, Func<string, bool> startsRight) =>
        new(false, false, example, text => startsRight(text) ? text : null);

    /// <summary>This shape, or else <paramref name="other"/>.</summary>
    public ArgumentShape Or(ArgumentShape other) =>
        new(Optional || other.Optional, MayTouchWord || other.MayTouchWord, Example, text => _read(text) ?? other._read(text));

    /// <summary>The same shape, or nothing at all.</summary>
    public ArgumentShape OrNothing() => new(true, MayTouchWord, Example, _read);

    /// <summary>The argument as the handler reads it, or null when it does not have this shape.</summary>
    /// <param name="argument">Non-empty, without the separators that led it.</param>
    public string? Read(string argument) => argument.Length == 0 ? (Optional ? string.Empty : null) : _read(argument);

    [GeneratedRegex(@"^(?<number>\d{1,6})(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingNumber();
}
