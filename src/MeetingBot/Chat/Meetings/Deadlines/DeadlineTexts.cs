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

    public static readonly LocalText MoveNeedsDate = new(
        "请写上“{0}”新的截止日期和原因，例如：延期 {0} 12月20日 原因：下乡调研",
        "Please add the new date and a reason for “{0}”, for example: move deadline {0} 2030-01-12 reason: field visit");

    public static readonly LocalText MoveDateUnreadable = new(
        "没有认出新的截止日期。请写成例如 12月12日 或 2026-12-12 18:00。",
        "I could not read the new deadline. Write it like 2026-12-12 or 2026-12-12 18:00.");

    public static readonly LocalText Moved = new(
        "已将“{0}”的截止时间由 {1} 调整为 {2}（{3}），原因：{4}。提醒将按新的时间发送，已记入审计记录。",
        "“{0}” is now due {2} instead of {1} ({3}); reason: {4}. Reminders follow the new deadline; the change is in the audit trail.");


    public static readonly LocalText NudgeWho = new(
        "请写要催办的人，例如：催办 @张伟 学习情况，或：催办 书记",
        "Who should be nudged? For example: nudge @Zhang Wei study check-in, or: nudge lead");

    public static readonly LocalText Nudged = new(
        "已向{0}发送催办（今天第 {1} 次，每人每天最多 {2} 次），已记入审计记录。",
        "Nudged {0} (number {1} today; at most {2} a day per person); it is in the audit trail.");

    public static readonly LocalText NudgedNoChat = new(
        "催办已记录（今天第 {1} 次，每人每天最多 {2} 次），但{0}还没有与机器人私聊过，消息无法送达，请另行联系。",
        "The nudge is recorded (number {1} today; at most {2} a day), but {0} has never chatted with the bot privately, so it cannot be delivered; contact them directly.");

    public static readonly LocalText NudgeNoticeHeading = new(
        "【催办】会议组织者提醒您（{0}）：",
        "[Nudge] The meeting's secretary reminds you ({0}):");

    public static readonly LocalText NudgeNoticeOwed = new(
        "- 请尽快完成“{0}”（截止 {1}）。发送“我的任务”查看详情。",
        "- Please complete “{0}” (due {1}). Send “my tasks” for details.");

    public static readonly LocalText NudgeNoticeReview = new(
        "- 有 {0} 项材料等待您审阅，最早的已等待 {1} 天。发送“待审”查看。",
        "- {0} item(s) await your review, the oldest for {1} day(s). Send “reviews” to see them.");
}
