using static MeetingBot.Chat.Phrasing.PhraseParts;

namespace MeetingBot.Chat.Phrasing;

/// <summary>
/// How the office speaks of managing what is under way: a rectification task accepted (验收), sent back, split,
/// withdrawn or corrected; an item's review handed on (转交); the special report drafted, sent for review and decided. Each
/// names its task, item or report: a sentence without one is conversation.
/// </summary>
internal static class ManagementPhrases
{
    private const string Task = @"(?:整改(?:任务)?" + Number + @"|" + Number + @"整改(?:任务)?)";

    private const string Reason = @"(?:" + Separator + @"+(?:理由|原因|因为)?(?:是)?[：: ]*(?<rest>.+))?";

    public static IReadOnlyList<Phrase> Zh { get; } =
    [
        new(Opening + @"(?:" + Task + @"(?:已)?(?:经)?验收(?:通过|合格)(?:了)?|验收(?:通过)?" + Task + ")" + Closing, "整改 验收 ${n}"),
        new(Opening + @"(?:把|将)?" + Task + @"(?:需要|要)?退回(?:重新整改|重改|补充)?" + Reason, "整改 退回 ${n} ${rest}"),
        new(Opening + @"退回" + Task + Reason, "整改 退回 ${n} ${rest}"),
        new(Opening + @"(?:把|将)?" + Task + @"拆(?:分)?(?:成|为)(?:两项|三项|几项)?[：: ]*(?<rest>.+)", "整改 拆分 ${n} ${rest}"),
        new(Opening + @"(?:撤销|撤回|取消)" + Task + Reason, "整改 撤销 ${n} ${rest}"),
        new(Opening + @"(?:把|将)?" + Task + @"的责任人(?:改为|改成|调整为|换成)" + Name + Closing, "整改 更正 ${n} 责任人 ${name}"),
        new(Opening + @"(?:把|将)?" + Task + @"的(?:完成)?时限(?:改为|改到|延长到|推迟到|调整为)" + Date + Closing, "整改 更正 ${n} 时限 ${date}"),
        new(Opening + @"(?:把|将)?(?<ref>(?:材料|提纲)\d{1,4})(?:转交给|转交|转给)(?:督导组的?)?" + Name + @"(?:同志)?(?:审阅|审核|审)?" + Reason, "转交 ${ref} ${name} ${rest}"),
        new(Opening + @"(?:生成|起草|草拟|拟|出|写|看|看看|查看|打开|调出)(?:一下)?(?:一份)?(?:本次|这次)?(?:会议)?的?(?:专题)?报告(?:草稿|初稿)?" + Closing, "专题报告"),
        new(Opening + @"(?:把|将)?(?:专题)?报告(?:送|报送|提交|报)(?:给)?督导组(?:审阅|审核|审定|把关)?" + Closing, "专题报告 送审"),
        new(@"(?:专题)?报告(?:经)?审(?:阅|核)通过|同意(?:这份|该)?(?:专题)?报告(?:上报)?", "审阅报告 通过"),
        new(@"(?:专题)?报告(?:需要|要)?退回(?:修改)?" + Separator + @"+(?:意见|理由)?(?:是)?[：: ]*(?<rest>.+)", "审阅报告 退回 ${rest}"),
    ];

    public static IReadOnlyList<Phrase> En { get; } =
    [
        new(@"(?:please )?accept (?:rectification )?task (?<n>\d{1,4})", "rectification accept ${n}"),
        new(@"(?:please )?send (?:rectification )?task (?<n>\d{1,4}) back[,:;]? (?:because |reason:? )?(?<rest>.+)", "rectification send-back ${n} ${rest}"),
        new(@"(?:please )?withdraw (?:rectification )?task (?<n>\d{1,4})[,:;]? (?:because |reason:? )?(?<rest>.+)", "rectification withdraw ${n} ${rest}"),
        new(@"(?:please )?hand (?<kind>material|outline) ?(?<num>\d{1,4}) (?:on )?to " + EnName + @"(?:[,:;] (?:because |reason:? )?(?<rest>.+))?", "hand-on ${kind}${num} ${name} ${rest}"),
        new(@"(?:please )?send the (?:special )?report (?:to the supervisors )?for review", "report submit"),
        new(@"(?:please )?(?:generate|draft|show me|show|open) the (?:special )?report", "report"),
    ];
}
