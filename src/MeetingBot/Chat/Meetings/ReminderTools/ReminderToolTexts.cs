using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.ReminderTools;

/// <summary>Everything the reminder tools say, in both languages. Names and counts only, never what was sent.</summary>
public static class ReminderToolTexts
{
    public static readonly LocalText RemindNowCommand = new("立即提醒：马上提醒所有还有事项未完成的人（组织者）", "remind now: remind everyone who still owes something, now (secretary)");
    public static readonly LocalText DeliveryLogCommand = new("发送记录：每条提醒的发送、重试、失败和无法送达情况（组织者）", "delivery log: per reminder, sent, retried, failed and unreachable (secretary)");
    public static readonly LocalText ResendFailedCommand = new("重发失败：只向发送失败或被取消的人重发（组织者）", "resend failed: send again only where delivery failed or was cancelled (secretary)");
    public static readonly LocalText ProgressCommand = new("提醒进度：正在发送的提醒进行到哪里（组织者）", "reminder progress: how far the reminders being sent are (secretary)");
    public static readonly LocalText CancelCommand = new("取消提醒：停止正在发送的提醒（组织者）", "cancel reminders: stop the reminders being sent (secretary)");

    public static readonly LocalText NobodyOwes = new("目前没有人有未完成的事项，没有发送提醒。", "Nobody owes anything right now; no reminder was sent.");
    public static readonly LocalText Sent = new("已发送提醒 {0} 条。", "Reminders sent: {0}.");
    public static readonly LocalText NotAllSent = new("失败 {0}，无法送达 {1}，未与我私聊 {2}；可发送“发送记录”查看。", "Failed {0}, unreachable {1}, no 1:1 chat with me {2}; send \"delivery log\" for details.");
    public static readonly LocalText StoppedByCancel = new("提醒已取消：已处理 {0}/{1}，其余记为已取消，可用“重发失败”补发。", "Reminders cancelled after {0} of {1}; the rest are recorded as cancelled, and \"resend failed\" sends them.");

    public static readonly LocalText NoLog = new("这个会议还没有发送过提醒。", "No reminder has been sent for this meeting yet.");
    public static readonly LocalText LogHeading = new("发送记录（最新在前）：", "Delivery log (newest first):");
    public static readonly LocalText LogLine = new("- {0}：已发送 {1}，重试 {2}，失败 {3}，无法送达 {4}", "- {0}: sent {1}, retried {2}, failed {3}, unreachable {4}");
    public static readonly LocalText LogCancelled = new("，已取消 {0}", ", cancelled {0}");
    public static readonly LocalText LogInFlight = new("，发送中 {0}", ", in flight {0}");
    public static readonly LocalText LogFailedNames = new("  失败或已取消：{0}", "  failed or cancelled: {0}");
    public static readonly LocalText LogUnreachableNames = new("  无法送达：{0}", "  unreachable: {0}");

    public static readonly LocalText NothingToResend = new("没有发送失败或被取消的提醒。", "No reminder failed or was cancelled; nothing to resend.");
    public static readonly LocalText Resent = new("已重发 {0} 条：成功 {1}，失败 {2}，无法送达 {3}。", "Resent {0}: delivered {1}, failed {2}, unreachable {3}.");
    public static readonly LocalText NoLongerNeeded = new("另有 {0} 人已不再需要提醒（已完成或提醒已过时），没有重发。", "{0} no longer need it (done, or the reminder is out of date) and were not sent it again.");

    public static readonly LocalText NoRuns = new("没有正在发送的提醒。", "No reminders are being sent right now.");
    public static readonly LocalText ProgressLine = new("- {0}：已完成 {1}/{2}，失败 {3}，无法送达 {4}，开始于 {5}", "- {0}: {1}/{2} done, failed {3}, unreachable {4}, started {5}");
    public static readonly LocalText ProgressStalled = new("（已停滞：{0} 起没有进展）", " (stalled: no progress since {0})");
    public static readonly LocalText ProgressCancelling = new("（正在取消）", " (cancelling)");
    public static readonly LocalText CancelRequested = new("已请求取消 {0} 个正在发送的提醒；未发送的人记为已取消，可用“重发失败”补发。", "Asked {0} running reminder fan-out(s) to stop; whoever was not sent to is recorded as cancelled, and \"resend failed\" sends them.");
}
