namespace MeetingBot.Localization;

/// <summary>The two languages the bot speaks. Chinese unless the channel says the user reads English.</summary>
public enum UserLocale
{
    ZhCn,
    En,
}

public static class UserLocales
{
    public static UserLocale From(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? UserLocale.En : UserLocale.ZhCn;

    /// <summary>Names in a sentence: 、 between Chinese names, a comma between English ones.</summary>
    public static string List(UserLocale locale, IEnumerable<string> names) => string.Join(locale == UserLocale.En ? ", " : "、", names);
}
