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
    /// The command the text starts with, and what follows it (<c>语言 English</c>). A name may be several words
    /// (<c>new meeting</c>); the longest name that the text starts with wins.
    /// </summary>
    public static (ChatCommand? Command, string Argument) Parse(string text, IEnumerable<ChatCommand> all)
    {
        var trimmed = text.Trim();
        var best = all
            .SelectMany(c => c.ZhNames.Concat(c.EnNames).Select(name => (Command: c, Name: name)))
            .Where(n => StartsWithName(trimmed, n.Name))
            .OrderByDescending(n => n.Name.Length)
            .FirstOrDefault();
        return best.Command is null ? (null, string.Empty) : (best.Command, trimmed[best.Name.Length..].Trim());
    }

    private static bool StartsWithName(string text, string name) =>
        text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
        && (text.Length == name.Length || text[name.Length] is ' ' or '\u3000');
}
