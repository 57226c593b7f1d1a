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

    /// <summary>The command the text starts with, and what follows it (<c>语言 English</c>).</summary>
    public static (ChatCommand? Command, string Argument) Parse(string text, IEnumerable<ChatCommand> all)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\u3000']);
        var head = space < 0 ? trimmed : trimmed[..space];
        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        var command = all.FirstOrDefault(c => c.Matches(head));
        return command is null ? (null, string.Empty) : (command, argument);
    }
}
