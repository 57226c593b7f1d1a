using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// How the office moves a deadline and hurries someone, and how anyone asks whether someone handed something in:
/// <c>把学习心得的截止时间延后到12月30日，因为中心组学习推迟了</c>, <c>催一下李四交学习心得</c>, <c>李四的学习心得交了没有？</c>.
/// </summary>
internal static class DeadlinePhrases
{
    // A material as people name it (学习心得, 对照检查材料): the deadline command matches it to the template's names.
    private const string What = @"(?<what>[\p{IsCJKUnifiedIdeographs}]{2,10}?)";
    // A material named by what it is (心得, 清单, 材料 …), so 这个月的党费交了吗 stays conversation.
    private const string Material = @"(?<what>[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:心得|体会|清单|材料|提纲|记录|报告|笔记|方案|情况))";
    private const string DueWords = @"(?:的)?(?:截止(?:时间|日期)?|期限|提交时间|上交时间|交的时间)";
    private const string Later = @"(?:延后|推迟|延期|顺延|延长|放宽|推后|改|调整|挪)(?:到|至|为)";
    private const string Reason = @"[，,；; ]?(?:因为|由于|原因(?:是)?[:：]?)(?<reason>.+)";
    // Asking for more time without a date (能不能…往后推一推？): read as 延期 with no date, which changes nothing — a member
    // is told whom to ask (the office moves deadlines), the office is asked for the date.
    private const string MayI = @"(?:能不能|能否|可不可以|可否|是否可以|可以)?";
    private const string SomeLater = @"(?:再)?(?:往后推一推|往后推一下|往后推|往后延一延|往后延|推一推|延一延|推迟一下|延后一下|延长一下|延一下|宽限一下|宽限几天|放宽一些|延长一些|延后一些|延期)(?:几天|一些|一点)?";
    private const string LaterHandIn = @"(?:晚几天|晚两天|晚一两天|晚一点|晚点|晚些|晚一些|迟几天|迟两天|迟点|迟一点|迟些|过几天|推迟几天|延后几天|宽限几天)(?:再)?(?:交|提交|上交)";
    // Why, said first (我这周出差，材料晚点交可以吗): the reason is for the office, the request is the same.
    private const string Busy = @"(?:(?:我)?(?:这周|下周|这几天|最近|明天|近期|这段时间)?(?:要|在|得)?(?:出差|下乡|外出|学习|培训|开会|有事|生病|住院|休假)(?:了)?[，, ]+)?";
    // One person by name, never everyone (给大家发个提醒 is 立即提醒's, shown as a hint, not a 催办 of someone called 大家).
    private const string OnePerson = @"(?!大家|所有|全体|各位|同志们|他们|她们|班子|成员)" + Name;
    private const string AskEnd = @"(?:吗|呢|吧|行吗|可以吗|行不行)?[?？]?";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:把)?" + What + DueWords + Later + Date + Reason, "延期 ${what} ${date} 原因：${reason}"),
        new(Opening + @"(?:把)?" + What + DueWords + Later + Date + Closing, "延期 ${what} ${date}"),
        new(Opening + @"(?:把)?" + What + @"(?:延期|推迟|延后|顺延)(?:到|至)" + Date + Reason, "延期 ${what} ${date} 原因：${reason}"),
        new(Opening + @"(?:把)?" + What + @"(?:延期|推迟|延后|顺延)(?:到|至)" + Date + Closing, "延期 ${what} ${date}"),
        new(Opening + MayI + @"(?:把)?" + What + DueWords + MayI + SomeLater + AskEnd, "延期 ${what}"),
        new(Opening + Busy + Material + MayI + LaterHandIn + AskEnd, "延期 ${what}"),
        // A reminder to one person (给李四发个提醒，让他尽快交材料) is the office's 催办 of him, not 立即提醒 for everyone.
        new(Opening + @"给" + OnePerson + @"(?:同志)?(?:发个|发一个|发一下|发条|发)(?:提醒|催办)(?:一下)?(?:" + Separator + @"+.*)?", "催办 ${name}"),
        new(Opening + @"提醒(?:一下)?" + OnePerson + @"(?:同志)?(?:" + Separator + @"+.*)?", "催办 ${name}"),
        new(Opening + @"(?:催一下|催催|催促一下|催促|催|督促一下|督促)" + Name + @"(?:(?:尽快|赶紧|抓紧)?(?:交|提交|上交|把)" + What + @"(?:交上来|交了)?)?" + Closing, "催办 ${name} ${what}"),
        // A question about someone's material is answered by where things stand: names and counts, never content.
        new(Name + @"(?:的)?" + Material + @"(?:交了没有|交了吗|交没交|提交了吗|提交了没有|交上来了吗|交上来没有|交了没)[?？]?", "进度"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:please )?(?:move|extend|push back|postpone) the (?<what>.+?) deadline to (?<date>.+?)(?:,? because (?<reason>.+))", "move deadline ${what} ${date} reason: ${reason}"),
        new(@"(?:please )?(?:chase|nudge|remind|hurry) " + EnName + @"(?: (?:about|for) (?<what>.+))?", "nudge ${name} ${what}"),
    ];
}
