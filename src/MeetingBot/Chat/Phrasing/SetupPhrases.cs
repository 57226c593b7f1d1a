using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How a secretary asks for a meeting and changes it: <c>我要组织召开专题民主生活会</c>, <c>会议改到下周五上午9点</c>.</summary>
internal static class SetupPhrases
{
    // The roles 更改角色 takes (the lead is handed over with 移交主持, not here).
    private const string Role = @"(?:部门负责人|成员|督导|秘书)";

    private const string Meeting = @"(?:会议|民主生活会|组织生活会|专题民主生活会|专题组织生活会|年度民主生活会|年度组织生活会)";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:组织召开|组织|召开|筹备召开|筹备|安排|发起|新建|创建|新开|建立|开|搞|准备召开|计划召开)(?:一(?:次|个|场))?(?:新的?)?(?:本年度|今年的?|20\d\d年度?)?(?:专题|年度)?(?:的)?(?:党员领导干部|领导班子|班子|支部)?(?:专题)?(?:民主生活会|组织生活会|会议)", "新建会议"),
        new(Opening + @"(?:把)?(?:会议|会|民主生活会|组织生活会)?(?:时间)?(?:改到|改在|改为|改成|调整到|调整为|调到|推迟到|延期到|延后到|提前到|挪到|改期到|改期至|改至)" + Date, "改期 ${date}"),
        // By how much rather than to when (会议推迟一周, 会议往后推两天, 会议提前一天开): 改期 counts it from the meeting's own date.
        new(Opening + @"(?:把)?(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)(?:时间)?(?:再)?(?<dir>推迟|延后|延期|顺延|往后推|往后延|往后挪|推后|后延|提前|提早|往前提|往前挪)(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(?<unit>天|日|周|星期|礼拜)(?:开|召开|举行)?" + Closing, "改期 ${dir}${n}${unit}"),
        new(Opening + @"(?:取消|撤销|不开)(?:这次|本次|这个)?" + Meeting + @"(?:了)?", "取消会议"),
        new(Opening + @"(?:把)?" + Name + @"(?:加入|加进|拉进|添加到|加到|增加到)(?:会议|参会人员|参会名单|名单)(?:里|中|里面)?", "添加成员 ${name}"),
        new(Opening + @"(?:添加|增加|加上|新增)(?:参会)?(?:成员|人员)" + Separator + "+" + Name, "添加成员 ${name}"),
        new(Opening + @"(?:把)?" + Name + @"(?:从(?:会议|参会人员|参会名单|名单)(?:里|中)?)(?:移除|删除|去掉|删掉)", "移除成员 ${name}"),
        // A person's roles (请把李四的角色改成部门负责人, 把王五设为督导): 更改角色, which looks the name up and asks to confirm.
        new(Opening + @"(?:把)?" + Name + @"(?:同志)?(?:的)?(?:角色|身份)?(?:改成|改为|设为|设置为|调整为|换成|变更为)(?<roles>" + Role + @"(?:[、，,]" + Role + @")*)" + Closing, "更改角色 ${name} ${roles}"),
        // Another room, same time (把会议地点改到第二会议室, 会议改在三楼会议室开): 改地点, which asks to confirm.
        new(Opening + @"(?:把)?(?:这次|本次)?(?:的)?(?:会议|开会|民主生活会|组织生活会)?(?:的)?(?:地点|会场|会议地点)(?:改到|改为|改成|换到|换成|调整为|调整到|变更为|挪到)(?<place>[^，,。；;]{2,30}?)" + Closing, "改地点 ${place}"),
        new(Opening + @"(?:这次|本次)?(?:的)?(?:会议|民主生活会|组织生活会)(?:改在|换在|改到)(?<place>[^，,。；;\d]{2,30}?)(?:开|召开|举行)" + Closing, "改地点 ${place}"),
        new(Opening + @"(?:发|发送|生成|获取|给我|要|查看|看看)?(?:一下)?(?:大家的|参会人员的|成员的)?邀请链接", "邀请链接"),
        new(Opening + @"(?:看看|查看|看一下)(?:谈心)?谈话(?:方案|安排|计划)|谈心谈话(?:方案|安排|计划)", "谈话方案"),
        // How the talks are arranged (我想先看看谈心谈话是怎么安排的): the plan, not the talk form.
        new(Opening + @"(?:先)?(?:看看|查看|看一下|了解一下|问一下)?(?:这次|本次)?(?:的)?(?:谈心)?谈话(?:是)?(?:怎么|如何|怎样)(?:安排|计划|分组|配对)的?(?:呢)?", "谈话方案", asks: true),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:(?:i (?:want|would like|'d like|need) to|please|let's|let us|can you|could you|help me) )*(?:create|organise|organize|set up|start|convene|hold|schedule|plan|arrange)(?: a| an| the)?(?: new)?(?: special)?(?: annual)?(?: democratic life| organisational life| organizational life| party| branch)? meeting", "new meeting"),
        new(@"(?:please )?(?:move|reschedule|postpone|change|push)(?: the meeting)? to (?<date>.+)", "reschedule ${date}"),
        new(@"(?:please )?(?:postpone|delay|push back|put off|move back)(?: the meeting)?(?: by)? (?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?<unit>days?|weeks?)", "reschedule ${n} ${unit} later"),
        new(@"(?:please )?(?:push|move|put) the meeting back(?: by)? (?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?<unit>days?|weeks?)", "reschedule ${n} ${unit} later"),
        new(@"(?:please )?(?:bring|move) the meeting forward(?: by)? (?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?<unit>days?|weeks?)", "reschedule ${n} ${unit} earlier"),
        new(@"(?:please )?(?:send|show|get|create|generate|give me)(?: me)?(?: the)? invit(?:e|ation) links?", "invite links"),
    ];
}
