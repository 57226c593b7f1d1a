using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Status;

public static class StatusTexts
{
    public static readonly LocalText NoMeeting = new(
        "这里还没有会议。请会议秘书先创建会议；在私聊中，我找的是你参加的最新一次会议。",
        "There is no meeting here yet. Ask the secretary to set one up; in a 1:1 chat I look for the newest meeting you take part in.");

    public static readonly LocalText StatusCommand = new("查看会前准备进度（群聊中只显示姓名和数量）", "show preparation progress (names and counts only in group chats)");

    public static readonly LocalText MyTasksCommand = new("查看我的任务和截止时间", "show my tasks and deadlines");

    public static readonly LocalText WhenWhereCommand = new(
        "查看会议的时间和地点（私聊中附上我的下一项任务）", "show when and where the meeting is (with my next task in a 1:1 chat)");

    public static readonly LocalText WhenWhere = new("【{0}】会议时间：{1}（{2}）；地点：{3}。", "[{0}] {1} ({2}), at {3}.");

    public static readonly LocalText WhenWhereConfirmed = new(
        "【{0}】会议时间：{1}（{2}）；地点：{3}。会议已确认召开。", "[{0}] {1} ({2}), at {3}. The meeting is confirmed.");

    public static readonly LocalText WhenWhereCancelled = new(
        "【{0}】会议已取消（原定{1}（{2}）在{3}召开）。", "[{0}] The meeting was cancelled (it was to be held on {1} ({2}) at {3}).");

    public static readonly LocalText WhenWhereHeld = new("【{0}】会议已于{1}（{2}）在{3}召开。", "[{0}] The meeting was held on {1} ({2}) at {3}.");

    public static readonly LocalText NextTask = new("你的下一项任务：{0}{1} — {2}{3}", "Your next task: {0}{1} — {2}{3}");

    public static readonly LocalText ConfirmCommand = new(
        "确认召开会议；主要负责同志可用“确认会议 强制 <理由>”在未准备好时确认",
        "confirm the meeting; the lead may use \"confirm meeting override <reason>\" when it is not ready");

    public static readonly LocalText StatusHeading = new("【{0}】{1} {2}", "[{0}] {1} {2}");

    public static readonly LocalText DeliverableLine = new("- {0}：已完成 {1}/{2}", "- {0}: {1}/{2} done");

    public static readonly LocalText BehindLine = new("  - 尚未完成：{0}", "  - still missing: {0}");

    public static readonly LocalText TalksLine = new("- 谈心谈话：已确认 {0}/{1}", "- Talks: {0}/{1} confirmed");

    public static readonly LocalText AttendanceLine = new("- 出席确认：{0}人确认出席，{1}人请假，{2}人未答复（需{3}人）", "- Attendance: {0} attending, {1} absent, {2} not answered ({3} required)");

    public static readonly LocalText ConfirmedLine = new("会议已确认召开。", "The meeting is confirmed.");

    public static readonly LocalText OverriddenLine = new(
        "会议已由主要负责同志在{0}项未落实的情况下确认召开，理由：{1}",
        "The lead confirmed the meeting with {0} item(s) outstanding; reason: {1}");

    public static readonly LocalText Ready = new("会前准备已完成。", "Preparation is complete.");

    public static readonly LocalText NotReady = new("会前准备尚未完成，还有{0}项未落实。", "Preparation is incomplete: {0} item(s) outstanding.");

    public static readonly LocalText TasksHeading = new("我的任务：{0}（时间均为{1}）", "My tasks: {0} (times in {1})");

    public static readonly LocalText OpenTask = new("- ☐ {0}{1} — {2}{3}", "- ☐ {0}{1} — {2}{3}");

    public static readonly LocalText DoneTask = new("- ☑ {0}{1}", "- ☑ {0}{1}");

    public static readonly LocalText SendToStart = new(" — 发送“{0}”开始", " — send \"{0}\" to start");


    public static readonly LocalText WithPerson = new("（{0}）", " ({0})");

    public static readonly LocalText DueAt = new("截止 {0}", "due {0}");

    public static readonly LocalText Overdue = new("已逾期，截止 {0}", "overdue, was due {0}");

    public static readonly LocalText NoDeadline = new("无截止时间", "no deadline");

    public static readonly LocalText AwaitsYou = new("（等待你确认）", " (waiting for your confirmation)");

    public static readonly LocalText NothingOpen = new("你没有待办的任务。", "You have nothing left to do.");

    public static readonly LocalText DisclosedToYou = new("已向你明示的批评意见提纲：{0}份。", "Criticism outlines disclosed to you: {0}.");

    public static readonly LocalText AwaitingYourReview = new("等待你审阅：{0}份（发送“待审”查看）。", "Awaiting your review: {0} (send \"reviews\").");

    public static readonly LocalText Confirmed = new("会议已确认召开。", "The meeting is confirmed.");

    public static readonly LocalText ConfirmedByOverride = new(
        "会议已由主要负责同志在未准备好的情况下确认召开，理由已记录：{0}",
        "The lead confirmed the meeting although it is not ready; the reason is recorded: {0}");

    public static readonly LocalText GapsHeading = new("尚未落实的事项：", "What is still missing:");

    public static readonly LocalText OverrideHint = new(
        "确需在准备未完成时召开的，可发送“确认会议 强制 理由”，理由记入审计记录。",
        "To hold it anyway, send \"confirm meeting override <reason>\"; the reason goes into the audit record.");

    /// <summary>The secretary's next step when the gate refuses: remind the people behind, or ask the lead to override.</summary>
    public static readonly LocalText SecretaryNextStep = new(
        "下一步：发送“立即提醒”，提醒以上同志抓紧完成；确需在准备未完成时召开的，请主要负责同志{0}发送“确认会议 强制 理由”。",
        "Next: send \"remind now\" to remind the people above; to hold it anyway, ask the lead {0} to send \"confirm meeting override <reason>\".");

    /// <summary>Anyone else: only the lead may hold it anyway.</summary>
    public static readonly LocalText OthersNextStep = new(
        "只有主要负责同志{0}可以在准备未完成时强制确认召开。",
        "Only the lead {0} may confirm the meeting while it is not ready.");
}
