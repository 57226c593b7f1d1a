using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Rectification;

public static class RectificationTexts
{
    public static readonly LocalText Command = new(
        "整改任务：整改（列表）；整改 生成 <完成时限>；整改 添加 <责任人> <完成时限> <问题>｜<措施>；整改 进展 <序号> <说明>；整改 完成 <序号> <佐证>；整改 验收|退回 <序号>；整改 更正|拆分|撤销 <序号>；整改 即改 <问题序号> <完成时限> <措施>；整改 回头看；整改 公示",
        "rectification: rectification (list); rectification propose <due date>; rectification add <owner> <due date> <problem> | <measure>; rectification progress <no.> <note>; rectification done <no.> <evidence>; rectification accept|send-back <no.>; rectification correct|split|withdraw <no.>; rectification immediate <problem no.> <due date> <measure>; rectification review; rectification publish");

    public static readonly LocalText PublishCommand = new("秘书公示整改任务清单", "the secretary publishes the rectification list");

    public static readonly LocalText Usage = new(
        "用法：整改；整改 生成 2014-09-30；整改 添加 李敏 2014-09-30 文山会海｜会议每月不超过2次；整改 进展 1 已起草办法；整改 完成 1 镇党委〔2014〕20号文件；整改 验收 1；整改 退回 1 佐证不足；整改 更正 1 责任人 张伟；整改 拆分 1 措施一｜措施二；整改 撤销 1 与第2项重复；整改 即改 2 2014-09-30 措施；整改 回头看；整改 公示",
        "Usage: rectification; rectification propose 2014-09-30; rectification add Li 2014-09-30 too many meetings | at most 2 meetings a month; rectification progress 1 rules drafted; rectification done 1 document no. 20; rectification accept 1; rectification send-back 1 evidence missing; rectification correct 1 owner Zhang; rectification split 1 one | two; rectification withdraw 1 duplicate; rectification immediate 2 2014-09-30 measure; rectification review; rectification publish");

    public static readonly LocalText Heading = new("【整改任务书、时间表】{0}（共{1}项：已完成{2}，整改中{3}，逾期{4}）", "[Rectification tasks] {0} ({1} in all: {2} done, {3} in progress, {4} overdue)");
    public static readonly LocalText Line = new("{0}. {1} —— 责任人：{2}，完成时限：{3}，{4}", "{0}. {1} — owner: {2}, due {3}, {4}");
    public static readonly LocalText ProblemLine = new("    针对问题：{0}", "    Problem: {0}");
    public static readonly LocalText EvidenceLine = new("    完成佐证：{0}", "    Evidence: {0}");
    public static readonly LocalText LatestNote = new("    最新进展：{0}", "    Latest progress: {0}");
    public static readonly LocalText Empty = new("还没有整改任务。秘书可发送“整改 生成 <完成时限>”从对照检查材料的整改措施生成任务。", "No rectification tasks yet. The secretary can send \"rectification propose <due date>\" to draw them from the materials' measures.");
    public static readonly LocalText PublishedAt = new("已于{0}公示。", "Published {0}.");
    public static readonly LocalText NotPublished = new("尚未公示。", "Not published yet.");
    public static readonly LocalText GroupNotPublished = new("整改任务共{0}项，尚未公示；公示后在此显示。", "{0} rectification task(s), not published yet; they show here once published.");

    public static readonly LocalText DateInvalid = new("无法识别日期“{0}”，请写成 2014-09-30。", "\"{0}\" is not a date; write it as 2014-09-30.");
    public static readonly LocalText NumberInvalid = new("请写明整改任务的序号。", "Please give the task's number.");
    public static readonly LocalText NoSuchPerson = new("参会名单中没有“{0}”。", "\"{0}\" is not on the roster.");
    public static readonly LocalText NothingProposed = new("对照检查材料中没有可生成任务的整改措施，请用“整改 添加”逐项添加。", "The materials hold no measures to draw tasks from; add them with \"rectification add\".");
    public static readonly LocalText Added = new("已添加整改任务{0}项（第{1}至{2}项）。", "Added {0} rectification task(s) (nos. {1}–{2}).");
    public static readonly LocalText OwnerNotice = new("您是整改任务第{0}项的责任人：{1}（完成时限 {2}）。发送“整改 进展 {0} <说明>”报告进展，完成后发送“整改 完成 {0} <佐证>”。", "You own rectification task {0}: {1} (due {2}). Send \"rectification progress {0} <note>\" to report progress and \"rectification done {0} <evidence>\" when it is done.");
    public static readonly LocalText Progressed = new("已记录第{0}项整改任务的进展。", "Progress on task {0} recorded.");
    public static readonly LocalText Published = new("整改任务清单已公示（{0}项）。", "The rectification list is published ({0} task(s)).");
}
