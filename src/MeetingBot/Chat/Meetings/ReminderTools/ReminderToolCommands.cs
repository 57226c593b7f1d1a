using MeetingBot.Chat.Commands;
namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>The secretary's reminder tools: push now, the delivery log, resend the failed, watch and cancel a fan-out.</summary>
public static class ReminderToolCommands
{
    public static readonly ChatCommand RemindNow = new("reminders.now", ["立即提醒"], ["remind now"], ReminderToolTexts.RemindNowCommand, ArgumentShape.None);

    public static readonly ChatCommand DeliveryLog = new("reminders.log", ["发送记录"], ["delivery log"], ReminderToolTexts.DeliveryLogCommand, ArgumentShape.None);

    public static readonly ChatCommand ResendFailed = new("reminders.resend", ["重发失败"], ["resend failed"], ReminderToolTexts.ResendFailedCommand, ArgumentShape.None);

    public static readonly ChatCommand Progress = new("reminders.progress", ["提醒进度"], ["reminder progress"], ReminderToolTexts.ProgressCommand, ArgumentShape.None);

    public static readonly ChatCommand Cancel = new("reminders.cancel", ["取消提醒"], ["cancel reminders"], ReminderToolTexts.CancelCommand, ArgumentShape.None);
}
