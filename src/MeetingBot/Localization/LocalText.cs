namespace MeetingBot.Localization;

/// <summary>One user-facing text in both languages; format placeholders are the same in each.</summary>
public sealed record LocalText(string ZhCn, string En)
{
    public string In(UserLocale locale) => locale == UserLocale.En ? En : ZhCn;

    public string In(UserLocale locale, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, In(locale), args);
}
