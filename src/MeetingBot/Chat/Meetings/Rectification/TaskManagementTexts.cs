using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Rectification;

/// <summary>The texts of managing tasks: correcting, splitting, withdrawing, acceptance (验收), 即知即改 and 回头看.</summary>
public static class TaskManagementTexts
{
    public static readonly LocalText CorrectUsage = new(
        "用法：整改 更正 <序号> 措施|问题|责任人|时限 <新内容>，如：整改 更正 3 责任人 李敏；整改 更正 3 时限 12月30日。",
        "Usage: rectification correct <no.> measure|problem|owner|due <new value>, e.g. rectification correct 3 owner Li Min.");
    public static readonly LocalText Corrected = new("已更正第{0}项整改任务。", "Task {0} corrected.");
    public static readonly LocalText SplitUsage = new("用法：整改 拆分 <序号> <措施一>｜<措施二>，如：整改 拆分 3 制定会议计划｜压缩发文数量。", "Usage: rectification split <no.> <measure> | <measure>.");
    public static readonly LocalText Split = new("第{0}项整改任务已拆分为{1}项：第{0}项及新增的第{2}项。", "Task {0} is split into {1}: task {0} and new task(s) {2}.");
    public static readonly LocalText WithdrawUsage = new("用法：整改 撤销 <序号> <理由>，如：整改 撤销 5 与第3项重复。", "Usage: rectification withdraw <no.> <reason>.");
    public static readonly LocalText Withdrawn = new("第{0}项整改任务已撤销，理由已记录。", "Task {0} is withdrawn; the reason is on record.");
    public static readonly LocalText WithdrawnNotice = new("您负责的第{0}项整改任务已撤销，理由：{1}。", "Your rectification task {0} was withdrawn: {1}.");
    public static readonly LocalText ReportedDone = new("第{0}项整改任务已报完成，等待会议组织者或主要负责同志验收。", "Task {0} is reported done and awaits acceptance by the secretary or the lead.");
    public static readonly LocalText AcceptanceRequest = new(
        "{1}报告第{0}项整改任务已完成：{2}。佐证：{3}。验收请发送“整改 验收 {0}”，需继续整改请发送“整改 退回 {0} <理由>”。",
        "{1} reports task {0} done: {2}. Evidence: {3}. Send \"rectification accept {0}\" to accept it or \"rectification send-back {0} <reason>\" to send it back.");
    public static readonly LocalText EvidenceFile = new("附件《{0}》", "attached file \"{0}\"");
    public static readonly LocalText Accepted = new("第{0}项整改任务已验收，标记为完成。", "Task {0} is accepted and done.");
    public static readonly LocalText AcceptedNotice = new("您负责的第{0}项整改任务已通过验收。", "Your rectification task {0} has been accepted.");
    public static readonly LocalText SendBackUsage = new("用法：整改 退回 <序号> <理由>，如：整改 退回 3 佐证不足，请补充会议台账。", "Usage: rectification send-back <no.> <reason>.");
    public static readonly LocalText SentBack = new("第{0}项整改任务已退回责任人继续整改。", "Task {0} is sent back to its owner.");
    public static readonly LocalText SentBackNotice = new(
        "您负责的第{0}项整改任务验收未通过，已退回继续整改。理由：{1}。整改后请再发送“整改 完成 {0} <佐证>”。",
        "Your rectification task {0} was sent back: {1}. When it is done, send \"rectification done {0} <evidence>\" again.");
    public static readonly LocalText OwnerChangedNotice = new("第{0}项整改任务改由您负责：{1}（完成时限 {2}）。", "Rectification task {0} is now yours: {1} (due {2}).");
    public static readonly LocalText ImmediateUsage = new(
        "用法：整改 即改 <问题序号> <完成时限> <措施>，如：整改 即改 2 12月30日 当月起每月下村不少于4次；会议组织者代开：整改 即改 张伟 2 12月30日 <措施>。",
        "Usage: rectification immediate <problem no.> <due date> <measure>; the secretary for a member: rectification immediate <name> <problem no.> <due date> <measure>.");
    public static readonly LocalText ImmediateOpened = new("已开立即知即改任务（第{0}项）：{1}，完成时限 {2}。", "Immediate task {0} opened: {1}, due {2}.");
    public static readonly LocalText ImmediateLine = new("（即知即改）", " (immediate)");
    public static readonly LocalText AwaitingAcceptance = new("已报完成，待验收", "reported done, awaiting acceptance");
    public static readonly LocalText WithdrawnLine = new("已撤销{0}项：{1}", "{0} withdrawn: {1}");

    public static readonly LocalText NoReviewInTemplate = new("这类会议没有“回头看”这项材料。", "This kind of meeting has no review of previous tasks.");
    public static readonly LocalText NoPreviousMeeting = new(
        "没有找到此前已召开的会议。如上次会议不在本系统中，请发送“提交 回头看”逐条填写；上次没有整改任务的，发送“提交 回头看 无”。",
        "No earlier meeting that was held was found. If it was not run here, send \"submit review\" and list the tasks; if there were none, send \"submit review none\".");
    public static readonly LocalText ReviewDrafted = new(
        "已从上次会议（{0}）的{1}项整改任务生成回头看草稿：\n{2}\n修改某项的标记和佐证，发送“整改 回头看 <序号> 已完成|整改中|未完成 <佐证或说明>”；核对后发送“继续 回头看”提交。",
        "The review draft is filled from the {1} task(s) of the previous meeting ({0}):\n{2}\nTo re-mark one, send \"rectification review <no.> done|in-progress|not-done <evidence or note>\"; then send \"resume review\" to check and submit it.");
    public static readonly LocalText ReviewUsage = new(
        "用法：整改 回头看（从上次会议生成）；整改 回头看 <序号> 已完成|整改中|未完成 <佐证或说明>。",
        "Usage: rectification review (fill from the previous meeting); rectification review <no.> done|in-progress|not-done <evidence or note>.");
    public static readonly LocalText ReviewOnlyPrivately = new("回头看含各项整改佐证，请在与我的私聊中发送“整改 回头看”。", "The review holds each task's evidence: send \"rectification review\" to me in 1:1.");
    public static readonly LocalText NoReviewDraft = new("还没有回头看草稿，请先发送“整改 回头看”从上次会议生成。", "There is no review draft yet; send \"rectification review\" first.");
    public static readonly LocalText ReviewNumberInvalid = new("回头看草稿共{0}项，请写其中的序号。", "The review draft has {0} item(s); give one of their numbers.");
    public static readonly LocalText ReviewMarked = new("回头看第{0}项已标记为“{1}”。核对后发送“继续 回头看”提交。", "Review item {0} is marked \"{1}\". Send \"resume review\" to check and submit it.");
}
