using MeetingBot.Localization;

namespace MeetingBot.Chat.Language;

public static class LanguageTexts
{
    public static readonly LocalText Command = new("切换界面语言（中文 / English）", "switch the language (中文 / English)");
    public static readonly LocalText Ask = new("请选择语言：", "Choose your language:");
    public static readonly LocalText Retry = new("请回复 1（中文）或 2（English）。", "Please answer 1 (中文) or 2 (English).");
    public static readonly LocalText Chinese = new("中文", "中文");
    public static readonly LocalText English = new("English", "English");
    public static readonly LocalText Switched = new("好的，以后我用中文回复您。", "OK, I will answer you in English from now on.");
}
