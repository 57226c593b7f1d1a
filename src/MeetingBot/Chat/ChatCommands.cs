using MeetingBot.Chat.Help;
using MeetingBot.Chat.Language;

namespace MeetingBot.Chat;

/// <summary>Every command the chat front understands, in the order help lists them.</summary>
public static class ChatCommands
{
    public static readonly ChatCommand Help = new("help", ["帮助", "？"], ["help", "?"], HelpTexts.HelpCommand);

    public static readonly ChatCommand Language = new("language", ["语言"], ["language"], LanguageTexts.Command);

    /// <summary>The commands every deployment has; features add theirs through <see cref="Commands.IChatCommandHandler"/>.</summary>
    public static readonly IReadOnlyList<ChatCommand> BuiltIn = [Help, Language];

    /// <summary>
    /// The command the text starts with, and what follows it (<c>语言 English</c>, <c>confirm meeting override …</c>).
    /// Names may have several words; the longest name that ends at a space, a line break or the end of the text
    /// wins, so <c>my tasks</c> is not read as <c>my</c> and a command followed by a new line is still found.
    /// </summary>
    public static (ChatCommand? Command, string Argument) Parse(string text, IEnumerable<ChatCommand> all)
    {
        var trimmed = text.Trim();
        var best = all
            .SelectMany(c => c.ZhNames.Concat(c.EnNames).Select(name => (Command: c, Name: name)))
            .Where(candidate => StartsWithWord(trimmed, candidate.Name))
            .OrderByDescending(candidate => candidate.Name.Length)
            .FirstOrDefault();
        return best.Command is null ? (null, string.Empty) : (best.Command, trimmed[best.Name.Length..].Trim());
    }

    // Chinese is written without spaces (改期7月15日), so a name ending in a CJK character needs no separator.
    private static bool StartsWithWord(string text, string name) =>
        text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (text.Length == name.Length || char.IsWhiteSpace(text[name.Length]) || name[^1] >= '\u2E80');
}
