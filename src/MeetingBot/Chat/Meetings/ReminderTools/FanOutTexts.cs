using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>What the fan-out tells the secretaries on its own (1:1), in both languages.</summary>
public static class FanOutTexts
{
    public static readonly LocalText Unreachable = new(
        "以下人员无法收到提醒（已屏蔽机器人、已移除机器人或会话不存在），不会再向他们重试，请另行通知：{0}",
        "These people cannot receive reminders (they blocked or removed the bot, or the chat is gone); they will not be retried, so please tell them another way: {0}");

    public static readonly LocalText Stalled = new(
        "提醒发送停滞：{0} 自 {1} 起没有进展（已完成 {2}/{3}）。可发送“提醒进度”查看，“取消提醒”停止，之后“重发失败”补发。",
        "A reminder fan-out has stalled: {0} has made no progress since {1} ({2}/{3} done). Send \"reminder progress\" to look, \"cancel reminders\" to stop it, then \"resend failed\".");
}
