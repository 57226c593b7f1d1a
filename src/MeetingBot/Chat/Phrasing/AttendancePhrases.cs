using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// How people speak of signing in on the day (签到): asking for one's own link, the office's sheet of codes, and the
/// office recording someone's leave — only with a reason given (<c>张伟请假了</c> alone is news, not a record).
/// </summary>
internal static class AttendancePhrases
{
    // A person named as the subject of a sentence: two to four characters, never a pronoun or a word of wanting.
    private const string Someone = @"(?<name>@\S+|[\p{IsCJKUnifiedIdeographs}-[我你他她们的和与跟同从把要想也都]]{2,4}?)";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:发|给)(?:我)?(?:一下)?(?:我的)?签到(?:链接|码|二维码)" + Closing, "签到"),
        new(Opening + @"(?:打印|生成|导出|打开|发)(?:一下)?(?:会议)?签到(?:表|单)" + Closing, "签到表"),
        new(Opening + @"(?:生成|制作|做|打印|导出|准备)(?:一下)?(?:一份)?(?:会议)?(?:的)?签到(?:二维码|码)(?:表)?" + Closing, "签到表"),
        new(Someone + @"(?:同志)?(?:因|因为)(?<reason>[^，,]+?)请假(?:了)?", "记录请假 ${name} ${reason}"),
        new(Someone + @"(?:同志)?请假(?:了)?" + Separator + @"+(?:原因|理由|事由)(?:是)?[：: ]*(?<reason>.+)", "记录请假 ${name} ${reason}"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:please )?(?:send|give) me (?:my|the) sign-?in link", "sign in"),
        new(@"(?:please )?(?:print|show|open) the sign-?in sheet", "sign-in sheet"),
        new(EnName + @" is excused(?: today)?[,:;] (?:reason:? )?(?<reason>.+)", "record leave ${name} ${reason}"),
    ];
}
