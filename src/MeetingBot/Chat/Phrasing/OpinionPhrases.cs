using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// How the office and the members speak of 征求意见 (opening and closing the collection, the collective material put
/// out 在一定范围内, sorting: merge, assign, mark) and of answering an opinion (认账, 说明情况). What the superior
/// pointed out is recorded only by its command (<c>上级点 …</c>): a sentence quoting the superior is conversation.
/// </summary>
internal static class OpinionPhrases
{
    private const string Opinion = @"意见(?<n>\d{1,4})";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:把|将)(?:班子)?(?:对照检查材料|集体材料|班子材料)(?:在一定范围内)?(?:印发|发出去|拿出来)?(?:公开)?征求意见" + Closing, "开始征求意见 班子材料"),
        new(Opening + @"(?:开始|开展|启动|开启)(?:面向群众|广泛)?征求(?:群众|干部群众|各方面)?(?:的)?意见(?:工作)?" + Closing, "开始征求意见"),
        // 请帮我开一个征求意见的链接，面向群众征求对班子的意见: the link is what the office asks for; whom it is for may follow.
        new(Opening + @"(?:开|开个|开一个|生成|创建|建|建一个|做|做一个|发|发一个|要|要一个)(?:一个|一份|个)?征求意见(?:的)?(?:链接|表|表单|问卷)(?:[，, ](?:面向|向|请)[^，,]{1,30})?" + Closing, "开始征求意见"),
        new(Opening + @"(?:结束|停止|关闭)(?:收集|征集|征求)(?:群众)?(?:的)?意见" + Closing, "结束征求意见"),
        new(Opening + @"(?:看看|看一下|查看|列出)(?:收到的|征集到的|群众提的)意见(?:清单|列表)?" + Closing, "意见列表"),
        new(Opening + @"(?:把|将)?" + Opinion + @"(?:合并|并入|归并)(?:到)?意见(?<m>\d{1,4})(?:里|中)?" + Closing, "合并意见 ${n} 到 ${m}"),
        new(Opening + @"(?:把|将)?" + Opinion + @"(?:交给|交由|交办给|分给|转给)" + Name + @"(?:同志)?(?:回应|答复|认领|说明)?" + Closing, "交办意见 ${n} ${name}"),
        new(@"(?:经(?:过)?核实[，, ]*)?" + Opinion + @"(?:经(?:过)?核实)?[，, ]*(?:情况)?(?<v>基本属实|属实|不属实|与事实不符|不符)", "核实意见 ${n} ${v}"),
        new(Opening + @"(?:(?:对|关于)?" + Opinion + @"[，, ]*我?(?:主动)?认账|我?(?:主动)?认账意见(?<n>\d{1,4}))" + Closing, "回应意见 ${n} 认账"),
        new(@"(?:关于|对于|对)?" + Opinion + @"[，, ]*我?(?:说明(?:一下)?(?:情况)?|情况说明|解释一下)(?:如下)?" + Separator + @"+(?<rest>.+)", "回应意见 ${n} 说明 ${rest}"),
        new(Opening + @"(?:看看|查看|看一下)?(?:交办给我|需要我回应|要我回应)的意见" + Closing, "我的意见", asks: true),
        new(@"(?:我的意见|交办给我的意见|需要我回应的意见|群众给我提的意见|给我提的意见)(?:有哪些|有什么|是什么|都有哪些)?", "我的意见", asks: true),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:please )?(?:start|begin) collecting opinions", "open opinions"),
        new(@"(?:please )?(?:stop|finish) collecting opinions", "close opinions"),
        new(@"(?:please )?put the collective material out for (?:opinion|opinions|comment)", "open opinions material"),
        new(@"i (?:accept|acknowledge) opinion (?<n>\d{1,4})", "answer opinion ${n} accept"),
        new(@"(?:about|on|re) opinion (?<n>\d{1,4})[,:;]? (?:let me explain|i explain|explanation)[,:;]? (?<rest>.+)", "answer opinion ${n} explain ${rest}"),
        new(@"opinion (?<n>\d{1,4}) (?:is )?(?:a )?duplicate of (?:opinion )?(?<m>\d{1,4})", "merge opinion ${n} into ${m}"),
    ];
}
