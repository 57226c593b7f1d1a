using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>
/// A command a user can type, by its Chinese and English names. The catalog of these is what <c>help</c> lists,
/// so help always matches what the bot actually understands.
/// </summary>
public sealed record ChatCommand(string Id, IReadOnlyList<string> ZhNames, IReadOnlyList<string> EnNames, LocalText Description)
{
    public bool Matches(string text) =>
        ZhNames.Concat(EnNames).Any(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));

    public string Primary(UserLocale locale) => locale == UserLocale.En ? EnNames[0] : ZhNames[0];

    public string Names(UserLocale locale) => locale == UserLocale.En
        ? string.Join(" / ", EnNames.Concat(ZhNames.Take(1)))
        : string.Join(" / ", ZhNames.Concat(EnNames.Take(1)));
}
