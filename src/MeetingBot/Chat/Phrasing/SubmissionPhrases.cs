using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How people say they hand something in: <c>我要交学习心得</c>, <c>我准时参会</c>, <c>已于今天向县委组织部报告了会议时间和主题</c>.</summary>
internal static class SubmissionPhrases
{
    private const string HandIn = @"(?:交|提交|上交|递交|报送|填报|填写|填|写好了|写|发|上传|补交)(?:一下|一份|一个|个|上)?(?:我的|本人的|个人的?)?";
    // One's own item as the author names it when revising: 我交的, 被退回的, 之前提交的.
    private const string Mine = @"(?:我|我的)?(?:之前|已经|已)?(?:交的|提交的|上交的|写的)?(?:被?退回(?:来)?的)?(?:那份|那个)?";
    // Told it came back, asking how to change it (我的对照检查材料被退回了，要怎么改？): the revision form.
    private const string HowToFix = @"被?(?:退回|打回|驳回|退)(?:来)?了" + Separator + @"*(?:我)?(?:要|该|应该|需要)?(?:怎么|如何|咋)(?:改|修改)(?:呢|啊)?[?？]?";
    private const string ReportedTo = @"(?:已经|已)?(?:向|给)(?<to>[^，,。\s]{2,20}?)(?:报告|上报|报送|报备|汇报)了?(?:会议|本次会议|民主生活会|组织生活会)?的?(?:召开)?(?:时间和主题|时间、主题|主题和时间|时间及主题|时间与主题|主题|时间|情况)?";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + HandIn + @"(?:学习心得(?:体会)?|学习体会|心得体会|学习情况|学习打卡|学习签到|学习)" + Closing, "提交 学习"),
        new(@"(?:我)?(?:已经|已)?(?:完成|学完)了?(?:规定的)?学习(?:任务)?了?", "提交 学习"),
        new(Opening + HandIn + @"(?:查摆的)?(?:问题清单|查摆问题清单|问题查摆清单|查摆问题|问题)" + Closing, "提交 问题"),
        new(Opening + HandIn + @"(?:对照检查材料|对照检查|检视剖析材料|检视材料|发言材料|自查材料|自我剖析材料|材料)" + Closing, "提交 材料"),
        new(Opening + HandIn + @"(?:对|给|关于)" + Name + @"的(?:批评)?(?:意见)?提纲" + Closing, "提交 提纲 ${name}"),
        new(Opening + HandIn + @"(?:批评)?(?:意见)?提纲[，,：: ]+" + Name, "提交 提纲 ${name}"),
        new(Opening + @"(?:交|提交|记录|填写|登记|填)(?:一下)?(?:与|和|跟|同)" + Name + @"的?谈(?:心谈)?话(?:记录)?" + Closing, "提交 谈话 ${name}"),
        new(Opening + HandIn + @"谈(?:心谈)?话(?:记录)?[，,：: ]+" + Name, "提交 谈话 ${name}"),
        // A talk held (我已经和李四谈过话了): the record is what is left, so the talk form opens for it.
        new(@"(?:我)?(?:已经|已)?(?:和|跟|与|同)" + Name + @"(?:同志)?(?:谈过话|谈了话|谈完话|谈过心|谈了心|谈完心|谈心谈话过|谈过|谈完)(?:了)?", "提交 谈话 ${name}"),
        new(Opening + HandIn + @"(?:笔记|学习笔记|读书笔记)" + Closing, "提交 笔记"),
        new(Opening + HandIn + @"(?:整改)?回头看(?:材料|报告|情况)?" + Closing, "提交 回头看"),
        new(@"(?:我|本人)(?:会|能|将|一定|准时|按时|肯定|可以|确认|确定|保证)*(?:参会|参加会议|出席会议|参加|出席|到会|到场)(?:会议)?", "提交 出席 参加"),
        new(Opening + @"(?:确认|确定)(?:参会|出席|参加会议|出席会议|到会)", "提交 出席 参加"),
        new(@"(?:准时|按时)(?:参会|参加会议|出席会议|出席|到会)", "提交 出席 参加"),
        // Cannot come, then asks for leave (我参加不了这次会议，要请假): the leave form asks for the reason if none follows.
        new(@"(?:我|本人)(?:参加不了|去不了|来不了|不能参加|无法参加|不能参会|无法参会|无法出席|不能出席)(?:这次|本次)?(?:的)?(?:会议|会|民主生活会|组织生活会)?" + Separator + @"*(?:我)?(?:要|想|需要|得|只能)?请(?:个)?假(?:了)?(?:" + Separator + @"+(?:因为|因|原因是|原因：|理由是)(?<rest>.+))?", "提交 出席 请假 ${rest}"),
        new(@"(?:我|本人)(?:要|需要|想)?(?:请假|不能参会|不能参加|无法参会|无法参加|无法出席|不能出席|参加不了|去不了)(?:会议)?(?:[，,：:；; ]+(?:因为|因)?(?<rest>.+))?", "提交 出席 请假 ${rest}"),
        new(@"(?:已经|已)?(?:于)?" + Date + ReportedTo, "提交 上报 ${date} ${to}"),
        new(Date + @"(?:已经|已)?(?:于)?" + ReportedTo, "提交 上报 ${date} ${to}"),
        new(ReportedTo, "提交 上报 今天 ${to}"),
        new(Opening + @"(?:重新)?(?:修改|改改|改一下|改)(?:一下)?" + Mine + @"(?:批评)?(?:意见)?提纲" + Closing, "修改 提纲"),
        new(Opening + @"(?:重新)?(?:修改|改改|改一下|改)(?:一下)?" + Mine + @"(?:对照检查材料|对照检查|检视剖析材料|发言材料|材料)" + Closing, "修改 材料"),
        new(Opening + @"(?:重新)?(?:修改|改改|改一下|改)(?:一下)?" + Mine + @"(?:问题清单|查摆问题清单|问题)" + Closing, "修改 问题"),
        // A talk record is written again, not revised (我要修改一下谈话记录): 提交 谈话 lists the colleagues whose records are open.
        new(Opening + @"(?:重新)?(?:修改|改改|改一下|改|重新填写|重填|重新记录|重写)(?:一下)?" + Mine + @"(?:谈心)?谈话记录" + Closing, "提交 谈话"),
        new(@"(?:我的)?(?:谈心)?谈话记录" + HowToFix, "提交 谈话"),
        new(@"(?:我的)?(?:批评)?(?:发言)?提纲" + HowToFix, "修改 提纲"),
        new(@"(?:我的)?(?:个人)?(?:对照检查材料|对照检查|检视剖析材料|材料)" + HowToFix, "修改 材料"),
        new(@"(?:我的)?(?:问题清单|查摆问题清单)" + HowToFix, "修改 问题"),
        new(Opening + @"(?:起草|编写|撰写|写)(?:一下)?(?:领导班子|班子|集体)的?(?:集体)?(?:对照检查材料|对照检查|材料)" + Closing, "集体材料 起草"),
    ];

    private const string EnWant = @"(?:(?:i(?: want| would like|'d like| need| have) to|i'm going to|please|let me|can i|i'll) )*";
    private const string EnHandIn = @"(?:submit|hand in|turn in|send in|send|file|upload|give you)(?: (?:my|the|our))?";

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(EnWant + EnHandIn + @" (?:study (?:notes|reflections?|report|check-in)|reflections? on (?:my )?(?:study|studies)|study)", "submit study"),
        new(@"i(?:'ve| have) (?:finished|completed|done) (?:my |the )?(?:study|studies|reading)", "submit study"),
        new(EnWant + EnHandIn + @" (?:problem list|list of problems|problems)", "submit problems"),
        new(EnWant + EnHandIn + @" (?:self-examination (?:material|report)|self examination|examination material|material)", "submit material"),
        new(EnWant + EnHandIn + @" (?:criticism )?outline (?:for|about|on) " + EnName, "submit outline ${name}"),
        new(EnWant + EnHandIn + @" (?:the )?talk (?:record |notes )?(?:with|for) " + EnName, "submit talk ${name}"),
        new(@"i(?:'ll| will| shall) (?:be there|attend|come)(?: the meeting)?(?: on time)?|i (?:can|am able to) attend(?: the meeting)?|count me in|i(?:'m| am) (?:attending|coming)(?: to the meeting)?", "submit attendance attend"),
        new(@"i (?:can't|cannot|can not|won't|will not|am unable to) (?:attend|come|make it)(?: the meeting)?(?:[,:;.]? (?:because |as )?(?<rest>.+))?", "submit attendance absent ${rest}"),
        new(@"i (?:need|have) to (?:take leave|be absent)(?:[,:;.]? (?:because |as )?(?<rest>.+))?", "submit attendance absent ${rest}"),
        new(@"(?:we |i )?(?:have |'ve )?(?:reported|sent|submitted) (?:the meeting(?:'s)? (?:date|time) and (?:theme|topic) )?to (?:the )?(?<to>.+?) (?<date>today|yesterday)", "submit report ${date} ${to}"),
    ];
}
