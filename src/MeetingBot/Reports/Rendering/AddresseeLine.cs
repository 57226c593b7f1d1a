using MeetingBot.Localization;

namespace MeetingBot.Reports.Rendering;

/// <summary>The addressee line (主送机关) as printed: the name and the locale's colon (县委： / County committee:).</summary>
public static class AddresseeLine
{
    public static string Of(string addressee, UserLocale locale) => addressee + (locale == UserLocale.En ? ":" : "：");
}
