using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How people speak of the meeting day and after: the agenda, that it was held, the ledger, rectification.</summary>
internal static class MeetingDayPhrases
{
    private const string Look = @"(?:看看|看一下|查看|查一下|打开|显示)";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + Look + @"(?:会议)?(?:议程|流程|议程安排|会议程序)", "议程"),
        // Taking the minutes (我来记录一下会议记录): the command alone answers with how each speech is recorded.
        new(Opening + @"(?:记录|整理|做|写|填写|录入)(?:一下)?(?:会议记录|会议纪要|会上的?发言|发言记录)" + Closing, "会议记录"),
        new(@"(?:会议|会|民主生活会|组织生活会)(?:已经|已)(?:顺利)?(?:召开|开完|开过|结束)了?|(?:会议|会|民主生活会|组织生活会)(?:开完了|结束了|已经开了)", "会议已召开"),
        new(Opening + @"(?:生成|导出|查看|下载|整理|打印)(?:一下)?(?:会议|本次会议的?)?台账", "台账"),
        new(Opening + Look + @"整改(?:清单|任务|任务清单|列表)", "整改 列表"),
        new(@"整改(?:任务)?" + Number + @"(?:已经|已)?(?:完成|办结|整改完成)了?(?:[，,：:；; ]+(?<rest>.+))?", "整改 完成 ${n} ${rest}"),
        new(Opening + @"(?:生成|起草|拟定)整改清单(?:[，,：: ]*(?:期限|截止|限期)?(?:到|至)?" + Date + ")?", "整改 生成 ${date}"),
        new(Opening + @"公示整改清单", "公示"),
        new(@"(?:(?:已经|已)?于?" + Date + @")?(?:已经|已)?(?:召开|开)(?:了|过)?通报会(?:" + Separator + @"*(?<rest>.+))?", "记录通报会 ${date} ${rest}"),
        new(@"(?:专题)?报告已(?:经)?报送" + Separator + @"*(?<rest>.+)", "报送 ${rest}"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:show|view|see|open)(?: me)?(?: the)? (?:agenda|run sheet|programme|program|order of business)", "run sheet"),
        new(@"(?:the )?meeting (?:has been|was) held|we(?: have|'ve)? held the meeting|the meeting is (?:over|done|finished)", "meeting held"),
        new(@"(?:show|generate|export|download|print)(?: me)?(?: the)? ledger", "ledger"),
        new(@"(?:show|list|view)(?: me)?(?: the)? rectification (?:list|tasks)", "rectification list"),
        new(@"we held the briefing(?: on)?(?<rest> .+)?", "record briefing ${rest}"),
    ];
}
