using System.Globalization;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.Texts;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Welcome;

/// <summary>
/// A hello typed to the bot (你好, 您好, hi, good morning…) is answered in kind with where to start, not as a command
/// it did not understand: it is what most people send first.
/// </summary>
public static class Greeting
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "你好", "您好", "大家好", "嗨", "哈喽", "早", "早上好", "上午好", "中午好", "下午好", "晚上好",
        "hi", "hello", "hey", "good morning", "good afternoon", "good evening",
    };

    public static bool Is(string text) =>
        Words.Contains(text.Trim().TrimEnd('!', '！', '.', '。', '~', '～', ',', '，', ' ', '\u3000').ToLower(CultureInfo.InvariantCulture));

    public static Activity Reply(UserLocale locale, string? name) =>
        Activity.CreateMessage(string.IsNullOrWhiteSpace(name) ? WelcomeTexts.GreetingNoName.In(locale) : WelcomeTexts.Greeting.In(locale, MarkdownEscape.Text(name)));
}
