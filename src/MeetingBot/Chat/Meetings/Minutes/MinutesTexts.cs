using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Minutes;

public static class MinutesTexts
{
    public static readonly LocalText RunSheetCommand = new(
        "查看会议议程（私聊中附上你有权查看的发言参考；群聊中只显示顺序和姓名）",
        "show the meeting's run sheet (in 1:1 with the references you may see; group chats get order and names only)");

    public static readonly LocalText RecordCommand = new(
        "会议记录（秘书）：记录发言 <成员> 自我批评|批评 <批评人>|表态|班子对照检查 <内容>",
        "minutes (secretary): record minutes <member> self|criticism <critic>|response|collective <text>");

    public static readonly LocalText HeldCommand = new("秘书标记会议已召开，进入会后通报和整改", "the secretary marks the meeting held; the report and rectification follow");

    public static readonly LocalText RunSheetHeading = new("【会议议程】{0}\n时间：{1}（{2}）  地点：{3}", "[Run sheet] {0}\nTime: {1} ({2})  Place: {3}");
    public static readonly LocalText PreviousRectification = new("{0}. 回顾上次整改情况（回头看）—— {1}", "{0}. Review of the previous rectification tasks — {1}");
    public static readonly LocalText CollectiveExamination = new("{0}. {1}代表班子作对照检查", "{0}. {1} presents the collective self-examination");
    public static readonly LocalText SelfCriticism = new("{0}. {1}作自我批评", "{0}. {1}: self-criticism");
    public static readonly LocalText MutualCriticism = new("{0}. {1}对{2}提出批评意见", "{0}. {1} criticises {2}");
    public static readonly LocalText MutualHeading = new("—— 相互批评：{0} ——", "— Mutual criticism: {0} —");
    public static readonly LocalText NotReady = new("（发言参考尚未审定）", " (reference not approved yet)");
    public static readonly LocalText ReferenceLine = new("    {0}", "    {0}");
    public static readonly LocalText PrivateHint = new("发言参考只在私聊中显示。", "References are shown only in 1:1 chat.");
    public static readonly LocalText CarriedTask = new("{0}（{1}）：{2}", "{0} ({1}): {2}");
    public static readonly LocalText TaskDone = new("已完成", "done");
    public static readonly LocalText TaskOpen = new("未完成", "open");
    public static readonly LocalText TaskInProgress = new("整改中", "in progress");
    public static readonly LocalText AttendanceHeading = new("【签到】应到{0}人，已签到{1}人，请假{2}人，未到{3}人。", "[Sign-in] {0} expected: {1} signed in, {2} excused, {3} not here.");
    public static readonly LocalText Attended = new("已签到：{0}", "Signed in: {0}");
    public static readonly LocalText ExcusedLine = new("请假：{0}", "Excused: {0}");
    public static readonly LocalText ExcusedWithReason = new("{0}（{1}）", "{0} ({1})");
    public static readonly LocalText AbsentLine = new("未到：{0}", "Not here: {0}");

    public static readonly LocalText RecordUsage = new(
        "用法：记录发言 <成员> 自我批评 <内容>；记录发言 <成员> 批评 <批评人> <内容>；记录发言 <成员> 表态 <内容>；记录发言 <主要负责同志> 班子对照检查 <内容>",
        "Usage: record minutes <member> self <text>; record minutes <member> criticism <critic> <text>; record minutes <member> response <text>; record minutes <lead> collective <text>");

    public static readonly LocalText NoSuchPerson = new("参会名单中没有“{0}”。", "\"{0}\" is not on the roster.");
    public static readonly LocalText Recorded = new("已记入会议记录（第{0}条）：{1}的{2}。", "Recorded in the minutes (entry {0}): {2} of {1}.");
    public static readonly LocalText RecordedCriticism = new("已记入会议记录（第{0}条）：{1}对{2}的批评意见。", "Recorded in the minutes (entry {0}): criticism of {2} by {1}.");
    public static readonly LocalText KindSelf = new("自我批评", "self-criticism");
    public static readonly LocalText KindResponse = new("表态", "response");
    public static readonly LocalText KindCollective = new("班子对照检查", "collective self-examination");

    public static readonly LocalText Held = new(
        "会议已标记为召开。接下来：秘书发送“专题报告”查看报告稿，“专题报告 送审”送督导组审阅；“整改 生成 <完成时限>”制定整改任务。",
        "The meeting is marked held. Next: the secretary sends \"report\" to see the draft, \"report submit\" to send it to the supervisors, and \"rectification propose <due date>\" to draw up the tasks.");
}
