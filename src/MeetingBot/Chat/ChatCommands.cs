using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Help;
using MeetingBot.Chat.Language;
using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>Every command the chat front understands, in the order help lists them, and the one grammar that reads them.</summary>
public static class ChatCommands
{
    /// <summary><c>帮助</c> is help for the person asking; <c>帮助 全部</c> lists every command.</summary>
    public static readonly ChatCommand Help = new("help", ["帮助", "？"], ["help", "?"], HelpTexts.HelpCommand,
        ArgumentShape.Keywords(HelpTexts.AllWord, new Dictionary<string, ArgumentShape>
        {
            [HelpTexts.AllWord.ZhCn] = ArgumentShape.None, [HelpTexts.AllWord.En] = ArgumentShape.None,
        }).OrNothing());

    /// <summary>Whether a help argument asks for every command (<c>帮助 全部</c>).</summary>
    public static bool AsksForAll(string? argument) => !string.IsNullOrWhiteSpace(argument);

    public static readonly ChatCommand Language = new("language", ["语言"], ["language"], LanguageTexts.Command,
        ArgumentShape.Text(new LocalText("English", "中文")).OrNothing());

    /// <summary>The typed answer to a confirmation card (the card's buttons post the same).</summary>
    public static readonly ChatCommand Confirm = new("confirmation.confirm", ["确认"], ["confirm"], ConfirmationTexts.ConfirmCommand, ArgumentShape.None);

    public static readonly ChatCommand Drop = new("confirmation.cancel", ["取消"], ["cancel"], ConfirmationTexts.CancelCommand, ArgumentShape.None);

    /// <summary>The commands every deployment has; features add theirs through <see cref="IChatCommandHandler"/>.</summary>
    public static readonly IReadOnlyList<ChatCommand> BuiltIn = [Help, Language, Confirm, Drop];

    // What may end a sentence typed after a command word.
    private static readonly char[] SentenceEnds = ['。', '．', '.', '！', '!', '～', '~', '…'];

    /// <summary>
    /// Reads a message against every command's grammar. It is a command only when it is one: a command word alone
    /// (a command that needs more answers with its usage), or followed by a separator (a space, <c>：</c>,
    /// <c>，</c>, …) and an argument of the shape the command takes. A digit may follow a Chinese word directly
    /// (<c>退回1</c>, <c>改期7月15日</c>) where the command takes a number or a date; nothing else may, so
    /// <c>确认会议室了吗</c>, <c>公示栏在哪</c> and <c>意见很好</c> are conversation. An argument that is a question
    /// (<c>报送 材料了吗</c>) is conversation too, unless a colon introduced it. The longest word that fits wins.
    /// </summary>
    public static CommandMatch Parse(string text, IEnumerable<ChatCommand> all)
    {
        var trimmed = text.Trim();
        // Every message of every turn comes through here: the words are tried in plain loops, and only the few that
        // fit are sorted (longest first, ties in declaration order).
        var fitting = new List<(ChatCommand Command, string Name)>();
        foreach (var command in all)
        {
            Fitting(command, command.ZhNames, trimmed, fitting);
            Fitting(command, command.EnNames, trimmed, fitting);
        }

        List<(ChatCommand Command, string Name)> candidates = fitting.Count > 1 ? [.. fitting.OrderByDescending(candidate => candidate.Name.Length)] : fitting;
        ChatCommand? nearMiss = null;
        foreach (var (command, name) in candidates)
        {
            if (Read(command, name, trimmed[name.Length..]) is { } argument)
            {
                return new CommandMatch(command, argument, null);
            }

            nearMiss ??= command;
        }

        return CommandMatch.Conversation(nearMiss);
    }

    private static void Fitting(ChatCommand command, IReadOnlyList<string> names, string trimmed, List<(ChatCommand Command, string Name)> into)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (trimmed.StartsWith(names[i], StringComparison.OrdinalIgnoreCase) && EndsAWord(trimmed, names[i]))
            {
                into.Add((command, names[i]));
            }
        }
    }

    /// <summary>
    /// The command's word and nothing after it but sentence-ending punctuation (<c>确认。</c>, <c>我的任务！</c>): the
    /// grammar does not take it as the command, so the hint has to say what to leave out.
    /// </summary>
    public static bool IsWordWithPunctuation(string text, ChatCommand command)
    {
        var word = text.Trim().TrimEnd(SentenceEnds).TrimEnd();
        return word.Length < text.Trim().Length
            && command.ZhNames.Concat(command.EnNames).Any(name => string.Equals(name, word, StringComparison.OrdinalIgnoreCase));
    }


    // An English word must end where the name ends (rescheduled is not reschedule); Chinese has no spaces between words.
    private static bool EndsAWord(string text, string name) =>
        text.Length == name.Length || name[^1] >= '\u2E80' || !char.IsLetterOrDigit(text[name.Length]);

    private static string? Read(ChatCommand command, string name, string rest)
    {
        var shape = command.Argument;
        var argument = CommandText.TrimSeparators(rest);
        if (argument.Length == 0)
        {
            // The command word alone is always the command: one that needs more answers with its usage.
            return string.Empty;
        }

        var chinese = name[^1] >= '\u2E80';
        var touchingDigit = chinese && shape.MayTouchWord && char.IsAsciiDigit(CommandText.LeadingDigits(rest)[0]);
        if (!CommandText.IsSeparator(rest[0]) && !touchingDigit)
        {
            return null;
        }

        var colon = CommandText.IsColon(rest.TrimStart()[0]);
        return !colon && CommandText.IsQuestion(argument) ? null : shape.Read(argument);
    }
}
