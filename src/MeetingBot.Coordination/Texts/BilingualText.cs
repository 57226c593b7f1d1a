namespace MeetingBot.Coordination.Texts;

/// <summary>
/// A user-facing text in both of the bot's languages. Every text the domain hands out is one of these, so the
/// chat front never meets a text it cannot show in the user's language.
/// </summary>
public sealed record BilingualText(string ZhCn, string En)
{
    /// <summary>Chinese is the default: only a culture name starting with "en" gets English.</summary>
    public string In(string? cultureName) =>
        cultureName is not null && cultureName.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? En : ZhCn;

    /// <summary>Fills named placeholders such as <c>{name}</c> in both languages.</summary>
    public BilingualText With(IReadOnlyDictionary<string, string> values)
    {
        var zh = ZhCn;
        var en = En;
        foreach (var (key, value) in values)
        {
            zh = zh.Replace("{" + key + "}", value, StringComparison.Ordinal);
            en = en.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }

        return new BilingualText(zh, en);
    }

    public BilingualText With(string key, string value) => With(new Dictionary<string, string> { [key] = value });
}
