using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>
/// A command a user can type: its Chinese and English words and the shape of the argument it takes (its grammar).
/// The catalog of these is what <c>help</c> lists and what <see cref="ChatCommands.Parse"/> recognises, so help
/// always matches what the bot actually understands.
/// </summary>
public sealed record ChatCommand(string Id, IReadOnlyList<string> ZhNames, IReadOnlyList<string> EnNames, LocalText Description, ArgumentShape Argument)
{
    public bool Matches(string text) =>
        ZhNames.Concat(EnNames).Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));

    public string Primary(UserLocale locale) => locale == UserLocale.En ? EnNames[0] : ZhNames[0];

    public string Names(UserLocale locale) => locale == UserLocale.En
        ? string.Join(" / ", EnNames.Concat(ZhNames.Take(1)))
        : string.Join(" / ", ZhNames.Concat(EnNames.Take(1)));

    /// <summary>The command as typed with an example argument: <c>退回 2 例子不具体</c>.</summary>
    public string Example(UserLocale locale) =>
        Argument.Example.In(locale) is { Length: > 0 } example ? $"{Primary(locale)} {example}" : Primary(locale);
}
