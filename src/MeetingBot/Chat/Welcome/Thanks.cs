using System.Globalization;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Welcome;

/// <summary>
/// A thank-you or an acknowledgement (谢谢, 收到, 辛苦了, thanks…) is answered politely, not as a command the bot did not
/// understand: people end an exchange that way, and a refusal to a thank-you reads as rude.
/// </summary>
public static class Thanks
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "非常感谢", "好的谢谢", "好的，谢谢", "收到", "收到，谢谢", "收到谢谢", "辛苦了", "好的，辛苦了",
        "thanks", "thank you", "thanks a lot", "ok thanks", "ok, thanks",
    };

    public static bool Is(string text) =>
        Words.Contains(text.Trim().TrimEnd('!', '！', '.', '。', '~', '～', ' ', '\u3000').ToLower(CultureInfo.InvariantCulture));

    public static Activity Reply(UserLocale locale) => Activity.CreateMessage(WelcomeTexts.YouAreWelcome.In(locale));
}
