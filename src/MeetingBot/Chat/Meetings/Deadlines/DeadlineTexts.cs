using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Deadlines;

/// <summary>What the deadline and nudge commands say, in both languages.</summary>
public static class DeadlineTexts
{
    public static readonly LocalText MoveCommand = new(
        "延期 <材料> <日期> 原因：<原因>：调整一项材料的截止时间，提醒随之调整",
        "move deadline <deliverable> <date> reason: <reason>: move one deliverable's deadline; reminders follow");

    public static readonly LocalText NudgeCommand = new(
        "催办 @某人 [材料]：提醒未交材料的人或有待审材料的主要负责同志（每人每天有次数上限）",
        "nudge @someone [deliverable]: remind someone who has not handed in, or the lead about items awaiting review (limited per day)");

    public static readonly LocalText MoveUsage = new(
        "请写材料名称、新的截止日期和原因，例如：延期 学习情况 12月12日 原因：下乡调研",
        "Please give the deliverable, the new date and a reason, for example: move deadline study check-in 2030-01-12 reason: field visit");

    public static readonly LocalText WhichDeliverable = new(
        "没有认出是哪项材料。这个会议的材料有：{0}",
        "Which deliverable? This meeting has: {0}");

    public static readonly LocalText MoveDateUnreadable = new(
        "没有认出新的截止日期。请写成例如 12月12日 或 2026-12-12 18:00。",
        "I could not read the new deadline. Write it like 2026-12-12 or 2026-12-12 18:00.");

    public static readonly LocalText Moved = new(
        "已将“{0}”的截止时间由 {1} 调整为 {2}（{3}），原因：{4}。提醒将按新的时间发送，已记入审计记录。",
        "“{0}” is now due {2} instead of {1} ({3}); reason: {4}. Reminders follow the new deadline; the change is in the audit trail.");

}
