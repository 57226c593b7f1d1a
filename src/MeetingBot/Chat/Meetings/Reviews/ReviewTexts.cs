using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

public static class ReviewTexts
{
    public static readonly LocalText ReviewsCommand = new("列出等待我审阅的提纲和材料（主要负责同志、督导组）", "list the outlines and materials awaiting my review (lead, supervisors)");

    public static readonly LocalText ApproveCommand = new("批准一项：批准 <编号>（如 批准 提纲7），或 批准 <待审清单序号>", "approve an item: approve <ref> (e.g. approve outline7), or approve <n> from your reviews list");

    public static readonly LocalText ApproveAllCommand = new(
        "批准刚才“待审”清单中的全部项目（先列出并确认）：全部批准",
        "approve every item of the reviews list you were shown (after one confirmation): approve all");

    public static readonly LocalText WithdrawCommand = new(
        "撤回自己已提交、尚未审阅的材料：撤回 <编号>（如“撤回 提纲7”）",
        "withdraw your own item that has not been decided yet: withdraw <ref> (e.g. \"withdraw outline7\")");

    public static readonly LocalText ReturnCommand = new("退回一项并附意见：退回 <编号或序号> <意见>（如 退回 提纲7 事例不具体）", "return an item with a comment: return <ref or n> <comment> (e.g. return outline7 vague example)");

    public static readonly LocalText HandOnCommand = new(
        "把等待你审阅的一项转交其他审阅人：转交 <编号> @姓名 <原因>（如“转交 材料1 @赵组长 本人分管，请督导组把关”）",
        "hand an item waiting for your review to another reviewer: hand-on <ref> @name <reason> (e.g. \"hand-on material1 @Zhao I oversee this area\")");

    public static readonly LocalText HandOnUsage = new(
        "请写明转交哪一项、交给谁和原因，例如：转交 材料1 @赵组长 本人分管，请督导组把关。",
        "Say which item, to whom and why, e.g. hand-on material1 @Zhao I oversee this area.");

    public static readonly LocalText HandedOn = new("已将{0}转交{1}审阅，并已通知对方。", "{0} handed on to {1} for review; they have been told.");

    public static readonly LocalText HandedOnNotice = new("{0}将{1}的「{2}」转交您审阅，原因：{3}", "{0} handed {1}'s \"{2}\" on to you for review: {3}");

    public static readonly LocalText HandedOnLine = new("由{0}转交，原因：{1}", "Handed on to you by {0}: {1}");

    public static readonly LocalText NothingToReview = new("目前没有等待你审阅的内容。", "Nothing is waiting for your review.");

    public static readonly LocalText QueueHeading = new(
        "等待审阅：{0}份。回复“批准 <编号>”（如“批准 提纲7”）或“退回 <编号> <意见>”；序号指本清单，“全部批准”批准本清单全部项目。",
        "Awaiting review: {0}. Reply \"approve <ref>\" (e.g. \"approve outline7\") or \"return <ref> <comment>\"; a number means this list, and \"approve all\" approves all of it.");

    public static readonly LocalText GroupQueue = new(
        "等待审阅：{0}份。审阅内容只在私聊中显示，请在与我的私聊中发送“待审”。",
        "Awaiting review: {0}. Items are shown only in 1:1 chat: send \"reviews\" to me privately.");

    public static readonly LocalText ItemTitle = new("{0}. {1} — {2}（第{3}稿）", "{0}. {1} — {2} (version {3})");

    public static readonly LocalText ItemTitleWithTarget = new("{0}. {1} — {2} → {3}（第{4}稿）", "{0}. {1} — {2} → {3} (version {4})");

    public static readonly LocalText Resubmitted = new("（退回后重新提交）", "(resubmitted after a return)");

    public static readonly LocalText FlagsHeading = new("预审提示：", "Pre-review flags:");

    public static readonly LocalText CommentPlaceholder = new("意见（退回时必填）", "Comment (required to return)");

    public static readonly LocalText ApproveButton = new("批准", "Approve");

    public static readonly LocalText ApproveAndDiscloseButton = new("批准并向{0}明示", "Approve and disclose to {0}");

    public static readonly LocalText ApprovalDiscloses = new("批准后，这份提纲将立即在私聊中向{0}本人明示，明示后不能收回。", "Approving shows this outline to {0} at once, in private; that cannot be undone.");

    public static readonly LocalText ReturnButton = new("退回修改", "Return");

    public static readonly LocalText NoSuchNumber = new("刚才的待审清单中没有第{0}项，请发送“待审”查看当前清单。", "The reviews list you were shown has no item {0}; send \"reviews\" to see the current list.");

    public static readonly LocalText NoListing = new(
        "请先发送“待审”查看清单，再按序号审阅；也可以直接写编号，如“批准 提纲7”。",
        "Send \"reviews\" first to see the list, then use its numbers; or name the item, e.g. \"approve outline7\".");

    public static readonly LocalText ListedItemChanged = new(
        "刚才待审清单中的第{0}项已有变化（已审阅、已撤回或重新提交），请发送“待审”查看当前清单。",
        "Item {0} of the reviews list you were shown has changed since (decided, withdrawn or resubmitted); send \"reviews\" to see the current list.");

    public static readonly LocalText NoSuchReference = new("没有待审的{0}，请发送“待审”查看当前清单。", "There is no {0} awaiting review; send \"reviews\" to see the current list.");

    public static readonly LocalText NumberUsage = new(
        "请写明编号或清单序号，例如“批准 提纲7”、“批准 1”或“退回 提纲7 典型事例不具体”。",
        "Name the item or its number in the list, e.g. \"approve outline7\", \"approve 1\" or \"return outline7 the example is not concrete\".");

    public static readonly LocalText Approved = new("已批准：{0}（{1}）。", "Approved: {0} ({1}).");

    public static readonly LocalText ApprovedAndDisclosed = new("已批准：{0}（{1}），已向{2}明示。", "Approved: {0} ({1}); disclosed to {2}.");

    public static readonly LocalText Returned = new("已退回：{0}（{1}），意见已转告作者。", "Returned: {0} ({1}); the author has been told your comment.");

    public static readonly LocalText Stale = new(
        "这张卡片已过期：该项在你查看后已有变化。请发送“待审”获取最新内容后再审阅。",
        "This card is out of date: the item changed after you opened it. Send \"reviews\" for the current version and review again.");

    public static readonly LocalText NotFound = new("找不到这份材料，可能已被撤回。", "This item no longer exists.");

    public static readonly LocalText ReturnedNotice = new(
        "你提交的{0}（第{1}稿）被退回修改。意见：{2}\n发送“修改 {3}”打开上一稿，只改需要改的地方，再重新提交。",
        "Your {0} (version {1}) was returned for revision. Comment: {2}\nSend “revise {3}” to open the last version, change only what needs changing, and hand it in again.");

    public static readonly LocalText DisclosureNotice = new(
        "明示：{0}对你的批评发言提纲已经审定，会上将提出以下意见：",
        "In advance (明示): {0}'s criticism outline about you has been approved; these points will be raised in the meeting:");

    public static readonly LocalText ExampleLabel = new("（例：{0}）", " (example: {0})");

    public static readonly LocalText Problem = new("问题：{0}", "Problem: {0}");

    public static readonly LocalText TypicalCase = new("典型事例：{0}", "Typical case: {0}");

    public static readonly LocalText RootCauses = new("根源：{0}", "Root causes: {0}");

    public static readonly LocalText Direction = new("努力方向：{0}", "Direction: {0}");

    public static readonly LocalText Measure = new("整改措施：{0}", "Measure: {0}");

    public static readonly LocalText Document = new("文档：{0}", "Document: {0}");

    public static readonly LocalText Preview = new("正文预览：{0}", "Preview: {0}");

    public static readonly LocalText DownloadButton = new("下载", "Download");

    public static readonly LocalText DownloadLine = new("下载「{0}」：{1}", "Download \"{0}\": {1}");

    public static readonly LocalText PushedItemTitle = new("{0} — {1}（第{2}稿）", "{0} — {1} (version {2})");

    public static readonly LocalText PushedItemTitleWithTarget = new("{0} — {1} → {2}（第{3}稿）", "{0} — {1} → {2} (version {3})");

    public static readonly LocalText ReplyFromTheList = new(
        "发送“待审”查看它在清单中的序号，再回复“批准 <序号>”或“退回 <序号> <意见>”。",
        "Send \"reviews\" to see its number in the list, then reply \"approve <n>\" or \"return <n> <comment>\".");

    public static readonly LocalText ReplyByReference = new(
        "回复“批准 {0}”或“退回 {0} <意见>”。", "Reply \"approve {0}\" or \"return {0} <comment>\".");

    public static readonly LocalText ApproveAllHeading = new("将批准刚才待审清单中的以下{0}项：", "This approves these {0} item(s) of the reviews list you were shown:");

    public static readonly LocalText ApproveAllDiscloses = new("· {0}：批准后向{1}本人明示", "· {0}: approving discloses it to {1} only");

    public static readonly LocalText ApproveAllNoDisclosure = new("· {0}：批准（不向他人明示）", "· {0}: approved (not disclosed to anyone)");

    public static readonly LocalText ApproveAllChanged = new("清单中已有变化、不在此列：{0}（请发送“待审”查看）。", "Changed since the list, so left out: {0} (send \"reviews\" to see them).");

    public static readonly LocalText ApproveAllIrrevocable = new("明示后不能收回。", "Disclosure cannot be undone.");

    public static readonly LocalText ApproveAllNothingLeft = new("刚才清单中的项目都已审阅或有了变化，请发送“待审”查看当前清单。", "Every item of that list has been decided or changed; send \"reviews\" for the current list.");

    public static readonly LocalText NothingToWithdraw = new("你没有等待审阅、可以撤回的材料。发送“我的提交”查看各项状态。", "You have nothing awaiting review to withdraw. Send \"my submissions\" to see where each item stands.");

    public static readonly LocalText WhichToWithdraw = new("你有以下待审材料：{0}。请发送“撤回 <编号>”，如“撤回 提纲7”。", "You have these items awaiting review: {0}. Send \"withdraw <ref>\", e.g. \"withdraw outline7\".");

    public static readonly LocalText Withdrawn = new(
        "已撤回：{0}（第{1}稿），已转为草稿，审阅编号不变。修改后发送“继续”可再次提交。",
        "Withdrawn: {0} (version {1}); it is your draft again and keeps its reference. Send \"resume\" to revise and hand it in again.");

    public static readonly LocalText WithdrawnNotice = new("{0}撤回了{1}（第{2}稿），暂不需要审阅。", "{0} withdrew {1} (version {2}); it no longer awaits your review.");

    public static readonly LocalText ReviewRequested = new("{0}提交了「{1}」（第{2}稿），请您审阅：", "{0} handed in \"{1}\" (version {2}) for your review:");

    public static readonly LocalText OtherContent = new("（请在材料中查看全文）", "(see the full text in the material)");
}
