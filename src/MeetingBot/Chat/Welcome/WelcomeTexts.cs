using MeetingBot.Localization;

namespace MeetingBot.Chat.Welcome;

public static class WelcomeTexts
{
    public static readonly LocalText Member = new(
        "欢迎 {0}！我是 MeetingBot 会议助手，负责提醒筹备工作的截止时间、收集材料并送审。发送“帮助”查看我能做的事。",
        "Welcome, {0}! I am MeetingBot: I remind you of preparation deadlines, gather your materials and route them for review. Send \"help\" to see what I can do.");

    public static readonly LocalText BotInstalled = new(
        "大家好，我是 MeetingBot 会议助手。会议秘书可以用我安排会议、分发任务、跟踪进度。在群聊中 @MeetingBot 并发送“帮助”查看全部命令。",
        "Hello everyone, I am MeetingBot. The meeting secretary can use me to plan a meeting, hand out tasks and follow progress. @mention me with \"help\" to see every command.");

    public static readonly LocalText Greeting = new(
        "{0}，您好！我是 MeetingBot 会议助手。发送“我的任务”查看您要准备的内容和截止时间，发送“帮助”查看全部命令。",
        "Hello, {0}! I am MeetingBot, the meeting assistant. Send \"my tasks\" to see what you have to prepare and by when, or \"help\" for every command.");

    public static readonly LocalText YouAreWelcome = new(
        "不客气。还有什么需要，直接告诉我；发送“我的任务”可查看您还要准备的内容。",
        "You're welcome. Tell me whenever you need something; send \"my tasks\" to see what is left for you to prepare.");

    public static readonly LocalText GreetingNoName = new(
        "您好！我是 MeetingBot 会议助手。发送“我的任务”查看您要准备的内容和截止时间，发送“帮助”查看全部命令。",
        "Hello! I am MeetingBot, the meeting assistant. Send \"my tasks\" to see what you have to prepare and by when, or \"help\" for every command.");

    public static readonly LocalText NameSeparator = new("、", ", ");
}
