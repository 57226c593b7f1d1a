using MeetingBot.Localization;

namespace MeetingBot.Chat.Confirmations;

public static class ConfirmationTexts
{
    public static readonly LocalText ConfirmCommand = new("确认等待确认的操作", "confirm the action waiting for your confirmation");

    public static readonly LocalText CancelCommand = new("放弃等待确认的操作", "drop the action waiting for your confirmation");

    public static readonly LocalText Ask = new(
        "请确认：{0}\n回复“确认”执行，回复“取消”放弃（{1}分钟内有效）。",
        "Please confirm: {0}\nReply \"confirm\" to go ahead or \"cancel\" to drop it (valid for {1} minutes).");

    public static readonly LocalText ConfirmButton = new("确认", "Confirm");

    public static readonly LocalText CancelButton = new("取消", "Cancel");

    public static readonly LocalText NothingPending = new(
        "没有等待您确认的操作。",
        "Nothing is waiting for your confirmation.");

    public static readonly LocalText AlreadyAnswered = new(
        "这项操作已经确认或取消过了，不会再执行一次。",
        "That action was already confirmed or dropped; it will not be done again.");

    public static readonly LocalText NotYours = new(
        "只有发起这项操作的人才能确认或取消它。如需同样操作，请自己发送这条命令。",
        "Only the person who asked for this action can confirm or drop it. To do the same yourself, send the command yourself.");

    public static readonly LocalText Expired = new(
        "这项操作等待确认已超过{0}分钟，已作废，没有执行。如仍需要，请重新发送命令。",
        "This action waited more than {0} minutes for confirmation and has lapsed; nothing was done. Send the command again if you still want it.");

    public static readonly LocalText Dropped = new(
        "已取消，没有执行：{0}",
        "Dropped; not done: {0}");
}
