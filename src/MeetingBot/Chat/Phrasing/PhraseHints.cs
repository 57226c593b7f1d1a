using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// The closest command to a 1:1 message the bot did not understand, found by the words it contains, with an example
/// to copy: <c>学习心得怎么交</c> gets <c>提交 学习</c>. The example is read by the command grammar, so a hint can only
/// show a command this deployment has, written as it must be typed. More specific words come first.
/// </summary>
public static class PhraseHints
{
    public static IReadOnlyList<PhraseHint> All { get; } =
    [
        // What someone does to an item comes before the item named: 把李四的提纲退回去 is about returning, not handing in.
        new(["退回", "打回", "驳回", "send back", "reject"], "退回 1 例子不具体", "return 1 the example is not concrete"),
        new(["同意", "批准", "approve"], "批准 1", "approve 1"),
        // Taking back something handed in by mistake: 撤回 alone takes back one's only pending item or lists them.
        new(["撤回", "交错", "提交错", "填错", "写错了", "take back"], "撤回", "withdraw"),
        new(["花名册", "导入人员", "导入名单", "roster"], "管理员 导入", "admin import"),
        new(["审核", "审批", "审阅", "待审", "review"], "待审", "reviews"),
        // Reminding everyone who owes something is the office's 立即提醒: shown, not run, since it messages people.
        new(["提醒大家", "提醒一下大家", "发个提醒", "发提醒", "发一下提醒", "提醒还没交", "提醒没交", "remind everyone"], "立即提醒", "remind now"),
        // Opinions assigned to someone to answer (群众意见 about him or the team) come before giving one's own criticism.
        new(["给我提的意见", "对我的意见", "我收到的意见", "提给我的意见", "opinions about me"], "我的意见", "my opinions"),
        new(["提意见", "批评意见", "criticism"], "提交 提纲", "submit outline"),
        new(["截止", "什么时候交", "期限", "deadline", " due"], "我的任务", "my tasks"),
        new(["请假", "leave", "absent"], "提交 出席 请假", "submit attendance absent"),
        new(["参会", "出席", "参加", "attend"], "提交 出席 参加", "submit attendance attend"),
        new(["上报", "报告上级", "组织部", "report upward"], "提交 上报 今天 县委组织部", "submit report today county organisation department"),
        new(["学习", "心得", "study"], "提交 学习", "submit study"),
        new(["问题清单", "查摆", "problem"], "提交 问题", "submit problems"),
        new(["对照检查", "检视剖析", "self-exam"], "提交 材料", "submit material"),
        new(["提纲", "outline"], "提交 提纲", "submit outline"),
        new(["谈心", "谈话记录", "talk record"], "提交 谈话", "submit talk"),
        new(["地点", "会场", "venue"], "改地点 第二会议室", "change place Room 2"),
        new(["改期", "推迟", "延期", "改到", "reschedule", "postpone"], "改期 下周五 上午9点", "reschedule next friday 9am"),
        new(["整改", "rectif"], "整改", "rectification"),
        new(["台账", "ledger"], "台账", "ledger"),
        new(["议程", "流程", "agenda"], "议程", "agenda"),
        new(["任务", "待办", "task", "to-do", "todo"], "我的任务", "my tasks"),
        new(["进度", "进展", "progress", "status"], "进度", "status"),
        new(["民主生活会", "组织生活会", "新建", "召开", "new meeting"], "新建会议", "new meeting"),
        new(["英文", "英语", "中文", "english", "chinese", "language"], "语言", "language"),
    ];

    /// <returns>The command and its example in <paramref name="locale"/>, or null when no hint word occurs.</returns>
    public static (ChatCommand Command, string Example)? Closest(string text, IReadOnlyList<ChatCommand> commands, UserLocale locale)
    {
        foreach (var hint in All)
        {
            if (!hint.Words.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var example = locale == UserLocale.En ? hint.EnExample : hint.ZhExample;
            if (ChatCommands.Parse(example, commands).Command is { } command)
            {
                return (command, example);
            }
        }

        return null;
    }
}
