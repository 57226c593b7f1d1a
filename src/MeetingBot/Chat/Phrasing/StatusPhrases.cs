using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How people ask where things stand: <c>我还有什么没做</c>, <c>看看进度</c>, <c>我交过哪些材料</c>.</summary>
internal static class StatusPhrases
{
    private const string Look = @"(?:看看|看一下|查看|查一下|查询|瞧瞧|列出|显示|打开)?";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + Look + @"(?:我的|我)(?:待办|待办事项|待办任务|任务清单|任务列表|工作任务)", "我的任务"),
        new(Opening + Look + @"我(?:的)?(?:还有|有|还剩)(?:什么|哪些|啥)(?:任务|事|事情|工作)?(?:没做|没完成|要做|要完成|没交|要交|未完成)", "我的任务"),
        new(@"我(?:还|现在|接下来)?(?:要|需要|该|得|应该)(?:做|干|交)(?:些)?(?:什么|哪些|啥)(?:事|事情|工作|材料)?", "我的任务"),
        new(Opening + @"(?:看看|看一下|查看|查一下|查询)(?:我的)?(?:任务|待办)", "我的任务"),
        new(Opening + @"(?:看看|看一下|查看|查一下|查询|汇报)(?:一下)?(?:会议|筹备|准备|整体|工作|当前|目前|现在的)?(?:进度|进展)(?:情况)?", "进度"),
        new(@"(?:会议|筹备|准备|整体|当前|目前){1,2}(?:工作)?(?:进度|进展)(?:情况)?(?:如何|怎样)?", "进度"),
        new(Opening + Look + @"我(?:已经)?(?:交|提交|上交)(?:过|了)?的(?:材料|东西|内容)?", "我的提交"),
        new(Opening + Look + @"我(?:都)?(?:交|提交)(?:过|了)(?:什么|哪些)(?:材料|东西)?", "我的提交"),
        new(Opening + Look + @"我的(?:提交记录|材料|提交历史)", "我的提交"),
        new(Opening + @"(?:确认|确定)召开(?:会议|本次会议|民主生活会|组织生活会)", "确认会议"),
        new(Opening + Look + @"(?:各|各个|所有|下级|下属|所辖)(?:单位|支部|镇|乡镇|党委|党组织)(?:的)?(?:会议)?(?:进度|进展|开展情况|情况)(?:情况)?(?:怎么样|如何)?", "各单位进度"),
        new(@"(?:各|各个|所有|下级|下属)(?:单位|支部|乡镇|镇)(?:的)?(?:民主生活会|组织生活会)?(?:开得|开展得|准备得)(?:怎么样|如何)", "各单位进度"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:show|list|view|what are|see|check)(?: me)? (?:my )?(?:tasks|to-?dos?|to do list|task list)", "my tasks"),
        new(@"what (?:do|should) i (?:need to |have to )?do(?: next| now)?|what(?:'s| is) (?:left )?on my (?:list|plate)|what(?:'s| is) left for me(?: to do)?|my to-?do list", "my tasks"),
        new(@"(?:show|view|check|see)(?: me)?(?: the)? (?:progress|status|overall progress)|how is (?:the )?(?:meeting|preparation|preparation work) going|where are we(?: at)?", "status"),
        new(@"(?:show|list|view|see)(?: me)? (?:my submissions|what i(?:'ve| have) (?:submitted|handed in))|what have i (?:submitted|handed in)(?: so far)?", "my-submissions"),
        new(@"(?:show|list|view|see|check)(?: me)?(?: the)? (?:progress of (?:all|every|the) units|(?:all |every )?units'? progress|every unit'?s progress)|how are (?:the|all|our) units (?:doing|getting on)", "units"),
    ];
}
