using MeetingBot.Localization;

namespace MeetingBot.Chat;

/// <summary>What the chat front says outside any one feature.</summary>
public static class ChatTexts
{
    public static readonly LocalText UnknownCommand = new(
        "我没有听懂“{0}”。发送“帮助”查看我能做的事和全部命令。",
        "I did not understand \"{0}\". Send \"help\" to see what I can do and every command.");

    public static readonly LocalText UnknownCommandInGroup = new(
        "我没有听懂这条消息。发送“帮助”查看我能做的事和全部命令。",
        "I did not understand that message. Send \"help\" to see what I can do and every command.");

    /// <summary>A 1:1 message that starts with a command word but is not that command: what the command looks like, never an echo.</summary>
    public static readonly LocalText DidYouMean = new(
        "如果您是想使用命令“{0}”，请这样发送：“{1}”。发送“帮助”查看全部命令。",
        "If you meant the command \"{0}\", send it like this: \"{1}\". Send \"help\" to see every command.");

    /// <summary>A command word with a full stop after it (<c>确认。</c>): the hint must not look like what was typed.</summary>
    public static readonly LocalText WithoutPunctuation = new(
        "命令后面不要加标点。如果您是想使用命令“{0}”，请只发送：{0}",
        "Send commands without punctuation after them. If you meant the command \"{0}\", send just: {0}");

    public static readonly LocalText EmptyMessage = new(
        "请发送文字命令。发送“帮助”查看全部命令。",
        "Please send a text command. Send \"help\" to see every command.");

    public static readonly LocalText HelpInFlow = new(
        "您正在填写一项内容。直接回答下面的问题即可；发送“返回”回到上一步，发送“取消”放弃本次填写。",
        "You are in the middle of a form. Answer the question below; send \"back\" for the previous step or \"cancel\" to stop.");

    public static readonly LocalText Cancelled = new("已取消，没有保存任何内容。", "Cancelled; nothing was saved.");

    public static readonly LocalText NoStepBack = new("这已经是第一步了。", "This is already the first step.");

    public static readonly LocalText FlowRestarted = new(
        "机器人已更新，您之前未完成的填写无法继续，请重新开始。",
        "The bot was updated and your unfinished form cannot continue; please start it again.");

    public static readonly LocalText ConcurrentChange = new(
        "刚才有人同时修改了同一内容，您的操作没有保存。请再发一次。",
        "Someone changed the same thing at the same moment, so your action was not saved. Please send it again.");

    public static readonly LocalText TurnFailed = new(
        "抱歉，处理您的消息时出错了，您的数据没有丢失。请稍后再试；如果问题持续，请把编号 {0} 告诉管理员。",
        "Sorry, something went wrong while handling your message; nothing you saved was lost. Please try again; if it keeps happening, give your administrator the reference {0}.");
}
