using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Switching;

public static class SwitchTexts
{
    public static readonly LocalText Command = new(
        "参加多个会议时，选择私聊中的命令针对哪个会议：切换会议（或 切换会议 <序号>）",
        "when you take part in several meetings, choose which one your commands in 1:1 are about: switch meeting (or switch meeting <n>)");

    public static readonly LocalText ActingOn = new("（当前会议：{0}，{1}。发送“切换会议”可更换）", "(Meeting: {0}, {1}. Send \"switch meeting\" to change.)");

    public static readonly LocalText Ask = new("请选择要切换到的会议（回复序号）：", "Which meeting? Reply with its number:");

    public static readonly LocalText Retry = new("请回复列表中的序号，或回复“取消”。", "Reply with a number from the list, or \"cancel\".");

    public static readonly LocalText Choice = new("{0}（{1}）", "{0} ({1})");

    public static readonly LocalText Switched = new("已切换到会议：{0}（{1}）。之后私聊中的命令都针对这个会议，直到再次切换或会议取消。", "Switched to: {0} ({1}). Your commands in 1:1 are about this meeting until you switch again or it is cancelled.");

    public static readonly LocalText OnlyOne = new("你只参加了一个进行中的会议：{0}（{1}），无需切换。", "You take part in one open meeting only: {0} ({1}); there is nothing to switch.");

    public static readonly LocalText NotTakingPart = new(
        "没有找到您参加的会议。如果您应当参加，请联系会议秘书（办公室）把您加入会议名单。",
        "I found no meeting you take part in. If you should, ask the meeting's secretary (the office) to add you to its list.");

    public static readonly LocalText None = new(
        "您目前没有参加进行中的会议。如果您应当参加，请联系会议秘书（办公室）把您加入会议名单。",
        "You take part in no open meeting. If you should, ask the meeting's secretary (the office) to add you to its roster.");

    public static readonly LocalText NoSuchNumber = new("没有第{0}个会议，请发送“切换会议”查看列表。", "There is no meeting {0}; send \"switch meeting\" to see the list.");
}
