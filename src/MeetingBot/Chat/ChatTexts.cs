using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>What the chat front says outside any one feature.</summary>
public static class ChatTexts
{
    public static readonly LocalText UnknownCommand = new(
        "我没有听懂“{0}”。发送“帮助”查看我能做的事和全部命令。",
        "I did not understand \"{0}\". Send \"help\" to see what I can do and every command.");

    public static readonly LocalText EmptyMessage = new(
        "请发送文字命令。发送“帮助”查看全部命令。",
        "Please send a text command. Send \"help\" to see every command.");

    public static readonly LocalText TurnFailed = new(
        "抱歉，处理您的消息时出错了，您的数据没有丢失。请稍后再试；如果问题持续，请把编号 {0} 告诉管理员。",
        "Sorry, something went wrong while handling your message; nothing you saved was lost. Please try again; if it keeps happening, give your administrator the reference {0}.");
}
