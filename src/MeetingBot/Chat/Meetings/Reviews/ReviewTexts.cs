using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reviews;

public static class ReviewTexts
{
    public static readonly LocalText ReviewsCommand = new("列出等待我审阅的提纲和材料（主要负责同志）", "list the outlines and materials awaiting my review (lead)");

    public static readonly LocalText ApproveCommand = new("批准待审清单中的第n项：批准 <n>", "approve item n of the review list: approve <n>");

    public static readonly LocalText ReturnCommand = new("退回待审清单中的第n项并附意见：退回 <n> <意见>", "return item n of the review list with a comment: return <n> <comment>");

    public static readonly LocalText NothingToReview = new("目前没有等待你审阅的内容。", "Nothing is waiting for your review.");

    public static readonly LocalText QueueHeading = new("等待审阅：{0}份。回复“批准 <序号>”或“退回 <序号> <意见>”。", "Awaiting review: {0}. Reply \"approve <n>\" or \"return <n> <comment>\".");

    public static readonly LocalText GroupQueue = new(
        "等待审阅：{0}份。审阅内容只在私聊中显示，请在与我的私聊中发送“待审”。",
        "Awaiting review: {0}. Items are shown only in 1:1 chat: send \"reviews\" to me privately.");

    public static readonly LocalText ItemTitle = new("{0}. {1} — {2}（第{3}稿）", "{0}. {1} — {2} (version {3})");

    public static readonly LocalText ItemTitleWithTarget = new("{0}. {1} — {2} → {3}（第{4}稿）", "{0}. {1} — {2} → {3} (version {4})");

    public static readonly LocalText Resubmitted = new("（退回后重新提交）", "(resubmitted after a return)");

    public static readonly LocalText FlagsHeading = new("预审提示：", "Pre-review flags:");

    public static readonly LocalText CommentPlaceholder = new("意见（退回时必填）", "Comment (required to return)");

    public static readonly LocalText ApproveButton = new("批准", "Approve");

    public static readonly LocalText ReturnButton = new("退回修改", "Return");

    public static readonly LocalText NoSuchNumber = new("待审清单中没有第{0}项，请先发送“待审”查看当前清单。", "There is no item {0} in the review list; send \"reviews\" to see the current list.");

    public static readonly LocalText NumberUsage = new("请写明序号，例如“批准 1”或“退回 1 典型事例不具体”。", "Give the number, e.g. \"approve 1\" or \"return 1 the example is not concrete\".");

    public static readonly LocalText Approved = new("已批准：{0}（{1}）。", "Approved: {0} ({1}).");

    public static readonly LocalText ApprovedAndDisclosed = new("已批准：{0}（{1}），已向{2}明示。", "Approved: {0} ({1}); disclosed to {2}.");

    public static readonly LocalText Returned = new("已退回：{0}（{1}），意见已转告作者。", "Returned: {0} ({1}); the author has been told your comment.");

    public static readonly LocalText Stale = new(
        "这张卡片已过期：该项在你查看后已有变化。请发送“待审”获取最新内容后再审阅。",
        "This card is out of date: the item changed after you opened it. Send \"reviews\" for the current version and review again.");

    public static readonly LocalText NotFound = new("找不到这份材料，可能已被撤回。", "This item no longer exists.");

    public static readonly LocalText ReturnedNotice = new(
        "你提交的{0}（第{1}稿）被退回修改。意见：{2}\n请修改后重新提交。",
        "Your {0} (version {1}) was returned for revision. Comment: {2}\nPlease revise and submit it again.");

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

    public static readonly LocalText ReviewRequested = new("{0}提交了「{1}」（第{2}稿），请您审阅：", "{0} handed in \"{1}\" (version {2}) for your review:");

    public static readonly LocalText OtherContent = new("（请在材料中查看全文）", "(see the full text in the material)");
}
