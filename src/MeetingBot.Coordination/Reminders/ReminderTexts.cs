using System.Globalization;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reminders;

/// <summary>The reminder texts in zh-CN and en; placeholders are filled by <see cref="ReminderRecipients"/>.</summary>
public static class ReminderTexts
{
    public static readonly BilingualText BeforeDeadline = new(
        "提醒：「{deliverable}」将于 {due} 截止（还有 {span}），您还有 {count} 项未完成。",
        "Reminder: \"{deliverable}\" is due {due} (in {span}); you still have {count} to do.");

    public static readonly BilingualText OnDeadlineDay = new(
        "今日截止：「{deliverable}」截止时间为 {due}，您还有 {count} 项未完成。",
        "Due today: \"{deliverable}\" is due {due}; you still have {count} to do.");

    public static readonly BilingualText Overdue = new(
        "已逾期：「{deliverable}」已于 {due} 截止（逾期第 {days} 天），您还有 {count} 项未完成，请尽快完成。",
        "Overdue: \"{deliverable}\" was due {due} (day {days} overdue); you still have {count} to do. Please finish it soon.");

    public static readonly BilingualText Escalation = new(
        "逾期情况：「{deliverable}」已于 {due} 截止，逾期 {span}，以下人员尚未完成：{late}。",
        "Overdue report: \"{deliverable}\" was due {due}, {span} ago; still outstanding from: {late}.");

    public static readonly BilingualText MeetingDay = new(
        "会议通知：「{theme}」将于 {time} 在 {place} 召开，请准时参加。",
        "Meeting notice: \"{theme}\" starts {time} at {place}. Please be on time.");

    public static readonly BilingualText RectificationDue = new(
        "整改提醒：第{number}项整改任务「{measure}」将于 {due} 到期（还有 {span}），完成后请发送“整改 完成 {number} 佐证”。",
        "Rectification reminder: task {number} \"{measure}\" is due {due} (in {span}); when done, send \"rectification done {number} evidence\".");

    public static readonly BilingualText RectificationDueToday = new(
        "整改提醒：第{number}项整改任务「{measure}」今天（{due}）到期。",
        "Rectification reminder: task {number} \"{measure}\" is due today ({due}).");

    public static readonly BilingualText RectificationOverdue = new(
        "整改逾期：第{number}项整改任务「{measure}」已于 {due} 到期，请尽快完成并报告进展。",
        "Rectification overdue: task {number} \"{measure}\" was due {due}; please finish it and report progress.");

    public static readonly BilingualText RectificationEscalation = new(
        "整改逾期情况：第{number}项整改任务「{measure}」（责任人：{owner}）已于 {due} 到期，逾期 {span}，尚未完成。",
        "Rectification overdue report: task {number} \"{measure}\" (owner: {owner}) was due {due}, {span} ago, and is not done.");
    public static readonly BilingualText OnDemand = new(
        "提醒：会议「{theme}」中您还有以下事项未完成：",
        "Reminder: for the meeting \"{theme}\" you still have to do:");

    public static readonly BilingualText OnDemandLine = new(
        "- 「{deliverable}」{count} 项，{due} 截止",
        "- \"{deliverable}\": {count}, due {due}");

    public static readonly BilingualText LabelBefore = new("「{deliverable}」截止前 {n} 天", "\"{deliverable}\", {n} days before the deadline");
    public static readonly BilingualText LabelOnDay = new("「{deliverable}」截止当天", "\"{deliverable}\", on the day it is due");
    public static readonly BilingualText LabelOverdue = new("「{deliverable}」逾期第 {n} 天", "\"{deliverable}\", overdue day {n}");
    public static readonly BilingualText LabelEscalation = new("「{deliverable}」逾期 {n} 天报告组织者", "\"{deliverable}\", overdue report after {n} days");
    public static readonly BilingualText LabelMeetingDay = new("会议通知（提前 {n} 天）", "meeting notice ({n} days ahead)");
    public static readonly BilingualText LabelPhase = new("{phase}阶段截止提醒（提前 {n} 天，-1 为截止次日）", "{phase} phase deadline ({n} days ahead, -1 the day after)");
    public static readonly BilingualText ReportPhaseName = new("报告", "report");
    public static readonly BilingualText RectificationPhaseName = new("整改", "rectification");
    public static readonly BilingualText LabelOnDemand = new("立即提醒（{at}）", "remind now ({at})");

    public static readonly BilingualText OnDemandNextStep = new(
        "发送“我的任务”查看每一项，以及开始填写要发送的命令。",
        "Send \"my tasks\" to see each item and the command that starts it.");

    /// <summary>
    /// The next step a deadline reminder ends with: the command that opens the form, as the person would type it, so
    /// the reminder is never a dead end. Items owed to a named person point to the task list, which names them.
    /// </summary>
    public static BilingualText NextStep(DeliverableKind kind) => kind switch
    {
        DeliverableKind.StudyCheckIn => Send("提交 学习", "submit study"),
        DeliverableKind.ProblemList => Send("提交 问题", "submit problems"),
        DeliverableKind.SelfExamination => Send("提交 材料", "submit material"),
        DeliverableKind.ReportUpward => Send("提交 上报", "submit report"),
        DeliverableKind.RectificationReview => Send("提交 回头看", "submit review"),
        DeliverableKind.Notes => Send("提交 笔记", "submit notes"),
        DeliverableKind.CollectiveMaterial => Send("集体材料", "collective material"),
        DeliverableKind.AttendanceConfirmation => new(
            "请发送“提交 出席 参加”；不能参加的，发送“提交 出席 请假 理由”。",
            "Send \"submit attendance attend\", or \"submit attendance absent <reason>\" if you cannot come."),
        DeliverableKind.CriticismOutline => new(
            "发送“我的任务”查看要写提纲的同志，再发送“提交 提纲 姓名”开始填写。",
            "Send \"my tasks\" to see whom you still owe an outline, then \"submit outline <name>\" to start."),
        _ => new(
            "发送“我的任务”查看谈话对象，再发送“提交 谈话 姓名”；对方已记录的，发送“确认谈话 姓名”。",
            "Send \"my tasks\" to see your talk partners, then \"submit talk <name>\"; if they recorded it, \"confirm talk <name>\"."),
    };

    /// <summary>
    /// A local time as people read it, with the zone so nobody misreads it across zones: 北京时间 (or how far from it)
    /// in Chinese, the zone id in English.
    /// </summary>
    public static BilingualText LocalTime(DateTime local, string timeZoneId)
    {
        var time = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var zone = Meetings.ZoneWords.For(timeZoneId, local);
        return new BilingualText(time + "（" + zone.ZhCn + "）", time + " (" + zone.En + ")");
    }

    private static BilingualText Send(string zh, string en) => new($"请发送“{zh}”开始填写。", $"Send \"{en}\" to start.");

    /// <summary>A number of days: "3 天" / "3 days", "1 day".</summary>
    public static BilingualText Days(int days) =>
        new(days.ToString(CultureInfo.InvariantCulture) + " 天", days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days"));

    /// <summary>Fills a placeholder with the value in the same language.</summary>
    public static BilingualText WithEach(BilingualText text, string key, BilingualText value) =>
        new(text.ZhCn.Replace("{" + key + "}", value.ZhCn, StringComparison.Ordinal),
            text.En.Replace("{" + key + "}", value.En, StringComparison.Ordinal));

    /// <summary>Fills a list placeholder per language (、 in Chinese, a comma in English).</summary>
    public static BilingualText WithList(BilingualText text, string key, IReadOnlyList<string> items) =>
        new(text.ZhCn.Replace("{" + key + "}", string.Join("、", items), StringComparison.Ordinal),
            text.En.Replace("{" + key + "}", string.Join(", ", items), StringComparison.Ordinal));
}
