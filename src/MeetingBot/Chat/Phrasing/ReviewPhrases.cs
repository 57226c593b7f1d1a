using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>How a reviewer asks what waits and answers it: <c>看看有哪些需要我审的材料</c>, <c>全部同意</c>, <c>打回2，例子不具体</c>.</summary>
internal static class ReviewPhrases
{
    private const string Look = @"(?:看看|看一下|查看|查一下|查询|瞧瞧|列出|显示|打开)?";
    private const string Review = @"(?:审核|审批|审阅|审查|审定|审|批)";
    private const string Item = @"[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:心得|体会|清单|材料|提纲|记录|方案)";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + Look + @"(?:有哪些|有什么|哪些是?)?(?:需要|要|待|等|该|等着)我" + Review + @"的(?:材料|提交|东西|内容|事项)?(?:有哪些|有什么)?", "待审", asks: true),
        new(Opening + Look + @"待" + Review + @"(?:的)?(?:材料|事项|列表|清单|内容)", "待审", asks: true),
        new(Opening + Look + @"(?:我的)?待" + Review, "待审", asks: true),
        new(Opening + @"(?:审核|审批|审阅|审)(?:一下)?(?:大家的|提交的|上报的)?材料", "待审", asks: true),
        // Someone's material by name (我想看看王五的对照检查材料): what the asker may read is the review list — the lead sees
        // it, anyone else is told whom to ask; never the material itself from a name typed.
        new(Opening + @"(?:看看|看一下|查看|审阅|审一下)(?!我|自己)" + Name + @"(?:同志)?的[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:心得|体会|清单|材料|提纲|记录|方案)", "待审", asks: true),
        // A decision on someone's material by name (李四的批评提纲我看过了，可以通过 / 退回王五的提纲，要求再具体一些): never decided
        // from a name typed — the review list shows the items under their numbers, to approve or return by number.
        new(@"(?!我|自己)" + Name + @"(?:同志)?的" + Item + @"(?:我)?(?:已经)?(?:看过了|看了|看完了|审过了|审了|审完了)?" + Separator + @"*(?:可以|就|都)?(?:同意|通过|批准)(?:了)?(?:吧)?", "待审", asks: true),
        new(Opening + @"(?:同意|通过|批准|退回|打回|驳回)(?!我|自己)" + Name + @"(?:同志)?的" + Item + @"(?:" + Separator + @"+.+)?", "待审", asks: true),
        new(@"(?:还)?(?:有)?(?:哪些|什么|几份|多少)(?:材料|东西|事项|提交|内容)?(?:需要|要|等|等着|在等|等待|该)我" + Review + @"(?:的)?", "待审", asks: true),
        new(@"(?:有没有|还有没有|有无)(?:需要|要|等|等着|该)我" + Review + @"的(?:材料|东西|事项|内容)?", "待审", asks: true),
        new(Opening + @"(?:把)?(?:全部|都|一律|统统|全都|一并|所有的?(?:材料)?都?)(?:同意|通过|批准|审核通过|审批通过)(?:了)?(?:吧)?", "全部批准"),
        new(Opening + @"(?:同意|通过|批准)(?:全部|所有|所有材料|全部材料)", "全部批准"),
        new(Opening + @"(?:同意|通过|审核通过|审批通过|批)[，,：: ]*" + Number, "批准 ${n}"),
        new(Opening + @"(?:同意|通过|审核通过|审批通过)[，,：: ]*(?<ref>\p{IsCJKUnifiedIdeographs}{2,4}\d{1,6})", "批准 ${ref}"),
        // By the review list's reference (退回材料1，问题要分条写清楚): the list names items 材料1, 提纲7.
        new(Opening + @"(?:打回|驳回|退回修改|退改|发回|退回)" + Separator + @"*(?<ref>\p{IsCJKUnifiedIdeographs}{2,4}\d{1,6})(?:" + Separator + @"+(?:理由|原因|意见)?[：:]?(?<rest>.+))?", "退回 ${ref} ${rest}"),
        new(Opening + @"(?:打回|驳回|退回修改|退改|发回|退回)" + Separator + "*" + Number + @"(?:" + Separator + @"+(?:理由|原因)?[：:]?(?<rest>.+))?", "退回 ${n} ${rest}"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:show |list |view )?(?:what|items|materials|things|anything) (?:needs?|waiting for|awaiting|is waiting for) my (?:review|approval)", "reviews", asks: true),
        new(@"(?:show |list |view )?(?:my )?(?:pending|outstanding) (?:reviews|items|approvals)|what do i (?:need|have) to review|anything (?:for me )?to review|(?:show|list) (?:my )?reviews|(?:is )?(?:there )?anything (?:waiting for my (?:review|approval)|waiting for me to review|for me to (?:review|approve))", "reviews", asks: true),
        new(@"(?:please )?(?:approve|accept) (?:everything|them all|all of them|all items|all)|(?:i )?agree (?:with|to) (?:all|everything)(?: of them)?|all approved", "approve all"),
        new(@"(?:please )?(?:approve|accept|ok|okay) (?:number |no\.? ?|#)?(?<n>\d{1,4})", "approve ${n}"),
        new(@"(?:please )?(?:send back|reject|return) (?:item |number |no\.? ?|#)?(?<n>\d{1,4})(?:[,:;]? (?:because |reason:? )?(?<rest>.+))?", "return ${n} ${rest}"),
    ];
}
