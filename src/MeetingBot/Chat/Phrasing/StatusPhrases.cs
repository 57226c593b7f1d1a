using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How people ask where things stand: <c>我还有什么没做</c>, <c>看看进度</c>, <c>我交过哪些材料</c>.</summary>
internal static class StatusPhrases
{
    private const string Look = @"(?:看看|看一下|查看|查一下|查询|瞧瞧|列出|显示|打开)?";

    // A material as people name it in a question about its deadline (批评提纲, 学习心得): any words, the list shows them all.
    private const string Something = @"(?:我的|我)?[\p{IsCJKUnifiedIdeographs}]{0,10}?(?:的)?";
    private const string When = @"(?:什么时候|啥时候|哪天|几号|几月几[日号]|何时|几点钟|几点)";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + Look + @"(?:我的|我)(?:待办|待办事项|待办任务|任务清单|任务列表|工作任务)", "我的任务", asks: true),
        new(Opening + Look + @"我(?:的)?(?:还有|有|还剩)(?:什么|哪些|啥)(?:任务|事|事情|工作|材料)?(?:没做|没完成|要做|要完成|没交|要交|未完成|没有交|还没交)(?:的)?", "我的任务", asks: true),
        new(@"我(?:还|现在|接下来|下一步)?(?:要|需要|该|得|应该)(?:做|干|交|准备)(?:些)?(?:什么|哪些|啥)(?:事|事情|工作|材料)?", "我的任务", asks: true),
        new(@"我(?:还)?(?:差|缺|欠)(?:什么|哪些|啥)(?:材料|东西)?(?:没交)?", "我的任务", asks: true),
        new(@"(?:我)?(?:不知道|不清楚|不晓得)(?:我)?(?:现在|接下来|下一步)?(?:该|要|应该|需要)?(?:干|做|准备|交)(?:些)?(?:什么|啥|哪些)(?:了)?", "我的任务", asks: true),
        new(Opening + @"(?:看看|看一下|查看|查一下|查询)(?:我的)?(?:任务|待办)", "我的任务", asks: true),
        // One's own rectification tasks (我的整改任务有哪些？): 我的任务 lists them with the commands that report on them.
        new(Opening + Look + @"(?:我的|我)(?:的)?(?:整改任务|整改事项|整改)(?:有哪些|是什么|有什么|都有哪些)?", "我的任务", asks: true),
        // When is something due: my tasks list each with its deadline.
        new(Something + When + @"(?:截止|到期|要交|交|前交|提交|之前交)(?:啊)?", "我的任务", asks: true),
        new(Something + @"(?:截止时间|截止日期|提交期限|期限|最后期限)(?:是)?" + When, "我的任务", asks: true),
        new(Opening + @"(?:看看|看一下|查看|查一下|查询|汇报)(?:一下)?(?:会议|筹备|准备|整体|工作|当前|目前|现在的|现在|目前的){0,2}(?:进度|进展)(?:情况)?", "进度", asks: true),
        new(@"(?:会议|筹备|准备|整体|当前|目前){1,2}(?:工作)?(?:进度|进展)(?:情况)?(?:如何|怎样|怎么样)?", "进度", asks: true),
        // When and where the meeting is (and what it is about): 时间地点, one line, and a member's own next task.
        new(@"(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)(?:是|定在|安排在)?" + When + @"(?:开|召开|举行|开始)(?:的|啊|呀)?(?:[？?，, ]*(?:在|是在)?(?:哪里|哪儿|什么地方|哪个会议室)(?:开|召开|举行)?(?:的|啊|呀)?)?", "时间地点", asks: true),
        new(@"(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)(?:在|是在)(?:哪里|哪儿|什么地方|哪个会议室)(?:开|召开|举行)(?:的|啊|呀)?", "时间地点", asks: true),
        new(@"(?:这次|本次)?(?:的)?(?:会议|开会)的?(?:时间|地点|时间和地点|时间地点)(?:是|定在|在)?(?:什么|哪里|哪儿|哪天|多少|啥)(?:时候)?", "时间地点", asks: true),
        new(@"(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)的?(?:主题|题目|议题)(?:是)?(?:什么|啥)", "时间地点", asks: true),
        new(@"(?:会议|会|开会)?(?:是|定在)?(?:在|是在)(?:哪个|哪间|哪一个|哪一间|哪)(?:会议室|房间|会场)(?:开|召开|举行)?(?:的)?", "时间地点", asks: true),
        new(@"(?:会议室|会场|开会的地方|开会地点)(?:是|在)(?:哪里|哪儿|哪个|哪|什么地方)", "时间地点", asks: true),
        new(@"(?:在|去)?(?:哪里|哪儿|什么地方)开会|(?:我们)?" + When + @"开会", "时间地点", asks: true),
        new(@"(?:还有|还差)?(?:多少|几份|几项|哪些)(?:材料|东西|事项)?(?:还)?(?:没|没有|未)(?:交|提交|交上来|完成)", "进度", asks: true),
        new(@"(?:现在|目前|当前)?(?:会议|会前|筹备|准备|各项准备){1,2}(?:工作)?(?:得|的)?(?:情况)?(?:怎么样|如何|咋样|到哪一步|进行到哪)(?:了)?", "进度", asks: true),
        new(@"(?:大家|其他人|同志们|各位|班子成员)(?:的)?(?:材料)?(?:都)?(?:交|提交|交齐|交上来)了(?:吗|没有|没)?", "进度", asks: true),
        new(@"(?:还有)?(?:谁|哪些人|哪些同志|哪几个人|哪几位|哪几位同志|哪位同志)(?:还)?(?:没|没有|未)(?:交|提交|上交|交齐)(?:[\p{IsCJKUnifiedIdeographs}]{0,10})?(?:呢)?", "进度", asks: true),
        // Asking for the confirmation itself (请确认会议, 帮我确认一下会议召开): the gate answers, and a ready meeting is still confirmed first.
        new(Opening + @"(?:确认|确定)(?:一下)?(?:召开)?(?:这次|本次)?(?:的)?(?:会议|民主生活会|组织生活会)(?:召开)?" + Closing, "确认会议"),
        // Whether the meeting can be held yet: the progress lists what is still missing before 确认会议.
        new(@"(?:现在|目前)?(?:可以|能|能不能|可不可以|是否可以|具备条件)(?:开会|召开会议|召开|开民主生活会|召开民主生活会)了?(?:吗|没有)?", "进度", asks: true),
        new(@"(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)?(?:能|能不能|可以|能否|是否能|会不会)(?:按时|如期|按期|准时)(?:召开|开|举行)(?:吗|了吗|呢)?", "进度", asks: true),
        // How many must attend: the progress ends with the attendance answered and the number needed.
        new(@"(?:这次|本次)?(?:的)?(?:会议|开会|民主生活会)?(?:需要|要|得|至少要|至少需要)?(?:几个人|多少人|几人|多少同志)(?:到场|参加|出席|到会)(?:才能|才可以|才)?(?:开|召开|开会)?(?:吗|呢)?", "进度", asks: true),
        new(Opening + Look + @"我(?:已经)?(?:交|提交|上交)(?:过|了)?的(?:材料|东西|内容)?", "我的提交", asks: true),
        new(Opening + Look + @"我(?:都)?(?:交|提交)(?:过|了)(?:什么|哪些)(?:材料|东西)?", "我的提交", asks: true),
        new(Opening + Look + @"我的(?:提交记录|材料|提交历史)", "我的提交", asks: true),
        new(Opening + @"(?:确认|确定)召开(?:会议|本次会议|民主生活会|组织生活会)", "确认会议"),
        new(Opening + Look + @"(?:各|各个|所有|下级|下属|所辖)(?:单位|支部|镇|乡镇|党委|党组织)(?:的)?(?:会议)?(?:进度|进展|开展情况|情况)(?:情况)?(?:怎么样|如何)?", "各单位进度", asks: true),
        new(@"(?:各|各个|所有|下级|下属)(?:单位|支部|乡镇|镇)(?:的)?(?:民主生活会|组织生活会)?(?:开得|开展得|准备得)(?:怎么样|如何)", "各单位进度", asks: true),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:show|list|view|what are|see|check)(?: me)? (?:my )?(?:tasks|to-?dos?|to do list|task list)", "my tasks", asks: true),
        new(@"what (?:do|should) i (?:need to |have to )?do(?: next| now)?|what(?:'s| is) (?:left )?on my (?:list|plate)|what(?:'s| is) left for me(?: to do)?|my to-?do list|what (?:do i )?still (?:need|have) to (?:do|hand in)", "my tasks", asks: true),
        new(@"when (?:is|are) my (?:.+?) due|what(?:'s| is| are) my deadlines?", "my tasks", asks: true),
        new(@"(?:when|where) is the meeting(?: (?:held|taking place|being held))?|when and where is (?:the|our) meeting|what time (?:is|does) the meeting(?: start)?|which room is the meeting in", "when and where", asks: true),
        new(@"(?:show|view|check|see)(?: me)?(?: the)? (?:progress|status|overall progress)|how is (?:the )?(?:meeting|preparation|preparation work) going|where are we(?: at)?|how far along are we|who (?:still )?(?:hasn't|has not) (?:handed in|submitted)(?: yet)?", "status", asks: true),
        new(@"(?:show|list|view|see)(?: me)? (?:my submissions|what i(?:'ve| have) (?:submitted|handed in))|what have i (?:submitted|handed in)(?: so far)?", "my-submissions", asks: true),
        new(@"(?:show|list|view|see|check)(?: me)?(?: the)? (?:progress of (?:all|every|the) units|(?:all |every )?units'? progress|every unit'?s progress)|how are (?:the|all|our) units (?:doing|getting on)", "units", asks: true),
    ];
}
