using MeetingBot.Coordination.Texts;

namespace MeetingBot.Coordination.Reports;

/// <summary>The wording of the special report in zh-CN and en; placeholders are filled by <see cref="SpecialReportComposition"/>.</summary>
public static class SpecialReportTexts
{
    public static readonly BilingualText Title = new("关于召开“{theme}”情况的报告", "Report on \"{theme}\"");
    public static readonly BilingualText Subtitle = new("{template}｜{date}｜{place}", "{template} | {date} | {place}");

    public static readonly BilingualText Preparation = new("会前准备情况", "Preparation");
    public static readonly BilingualText Meeting = new("会议召开情况", "The meeting");
    public static readonly BilingualText Criticism = new("批评和自我批评情况", "Criticism and self-criticism");
    public static readonly BilingualText Rectification = new("整改措施", "Rectification measures");

    public static readonly BilingualText Study = new("{phase}：{done}/{members}名班子成员报告了学习情况。", "{phase}: {done} of {members} members reported their study.");
    public static readonly BilingualText Problems = new(
        "{phase}：{members}名班子成员共查摆问题{total}条，其中主动认账{acknowledged}条，说明不准确{disputed}条。",
        "{phase}: the {members} members listed {total} problems; {acknowledged} acknowledged, {disputed} noted as not accurate.");
    public static readonly BilingualText OpinionsAnswered = new(
        "群众提、上级点、集体议的意见交班子成员回应{total}条，其中认账{acknowledged}条，说明情况{explained}条，待回应{open}条。",
        "{total} opinion(s) of the masses, the superior or the team were given to members to answer: {acknowledged} accepted, {explained} explained, {open} awaiting an answer.");
    public static readonly BilingualText ProblemTable = new("查摆问题分类统计", "Problems by category");
    public static readonly BilingualText CategoryColumn = new("类别", "Category");
    public static readonly BilingualText CountColumn = new("条数", "Count");
    public static readonly BilingualText TotalRow = new("合计", "Total");
    public static readonly BilingualText Talks = new(
        "{phase}：谈心谈话方案共{planned}对，已记录{recorded}对，经双方确认{confirmed}对。",
        "{phase}: {planned} talks planned, {recorded} recorded, {confirmed} confirmed by both parties.");
    public static readonly BilingualText OwnMaterials = new(
        "{deliverable}：{done}/{members}份已审定（审阅中退回修改{returns}次）。",
        "{deliverable}: {done} of {members} approved ({returns} return(s) for revision on the way).");
    public static readonly BilingualText CollectiveFinal = new(
        "{deliverable}：由主要负责同志主持起草，经{versions}稿征求意见，收到意见{comments}条，已定稿。",
        "{deliverable}: drafted by the lead, circulated in {versions} version(s), {comments} comment(s) received, finalised.");
    public static readonly BilingualText CollectiveOpen = new(
        "{deliverable}：尚未定稿（已印发{versions}稿）。", "{deliverable}: not finalised ({versions} version(s) circulated).");
    public static readonly BilingualText Outlines = new(
        "{deliverable}：应写{expected}份，经主要负责同志审阅把关审定{done}份（退回修改{returns}次），审定后均已向被批评人明示。",
        "{deliverable}: {expected} owed, {done} approved by the lead ({returns} return(s) for revision), each disclosed to its subject once approved.");
    public static readonly BilingualText Attendance = new(
        "参会确认：应到{members}人，确认出席{attending}人，请假{absent}人（法定人数{required}人）。",
        "Attendance: {members} members, {attending} attending, {absent} absent ({required} required).");
    public static readonly BilingualText Confirmed = new("经会前把关，准备工作全部完成后确认召开。", "The meeting was confirmed after the readiness gate found preparation complete.");
    public static readonly BilingualText NotConfirmed = new(
        "会议尚未确认召开，会前准备还有{gaps}项未完成。", "The meeting is not confirmed yet; {gaps} item(s) of preparation are outstanding.");
    public static readonly BilingualText Overridden = new(
        "会前把关时尚有{gaps}项准备工作未完成，经主要负责同志决定按期召开，理由：{reason}",
        "At the readiness gate {gaps} item(s) of preparation were outstanding; the lead decided to go ahead. Reason: {reason}");

    public static readonly BilingualText Held = new(
        "会议于{date}在{place}召开，班子成员{members}人参加{supervisors}。",
        "The meeting was held on {date} at {place} with {members} members{supervisors}.");
    public static readonly BilingualText HeldSignedIn = new(
        "会议于{date}在{place}召开，班子成员应到{expected}人，实到{attended}人{supervisors}。",
        "The meeting was held on {date} at {place}: {expected} of the team expected, {attended} present{supervisors}.");
    public static readonly BilingualText AttendedNames = new("签到出席：{names}。", "Signed in: {names}.");
    public static readonly BilingualText ExcusedNames = new("请假：{names}。", "Excused: {names}.");
    public static readonly BilingualText ExcusedName = new("{name}（{reason}）", "{name} ({reason})");
    public static readonly BilingualText AbsentNames = new("未签到且未请假：{names}。", "Neither signed in nor excused: {names}.");
    public static readonly BilingualText SupervisorsPresent = new("，{names}到会指导", ", supervised by {names}");
    public static readonly BilingualText NotHeld = new("会议尚未召开。", "The meeting has not been held yet.");
    public static readonly BilingualText Agenda = new(
        "主要负责同志{lead}代表班子作对照检查；班子成员逐一作自我批评；相互批评逐一进行，共{criticisms}人次。",
        "The lead, {lead}, presented the collective self-examination; each member criticised himself; mutual criticism went one by one, {criticisms} in all.");

    public static readonly BilingualText CollectiveSpoken = new("班子对照检查：{text}", "Collective self-examination: {text}");
    public static readonly BilingualText NoMinutes = new("会议记录尚未录入。", "No minutes have been recorded yet.");
    public static readonly BilingualText MinutesTable = new("批评和自我批评情况", "Criticism and self-criticism by member");
    public static readonly BilingualText MemberColumn = new("班子成员", "Member");
    public static readonly BilingualText SelfColumn = new("自我批评", "Self-criticism");
    public static readonly BilingualText ReceivedColumn = new("他人批评意见", "Criticism received");
    public static readonly BilingualText ResponseColumn = new("本人表态", "Response");
    public static readonly BilingualText NotRecorded = new("（未记录）", "(not recorded)");
    public static readonly BilingualText FromCritic = new("{name}：{text}", "{name}: {text}");

    public static readonly BilingualText TasksSummary = new(
        "针对查摆出的问题，制定整改任务{total}项，明确责任人和完成时限；其中已完成{done}项，正在整改{progress}项，逾期{overdue}项。",
        "For the problems found, {total} rectification task(s) with owners and due dates; {done} done, {progress} in progress, {overdue} overdue.");
    public static readonly BilingualText TaskTable = new("整改任务书、时间表", "Rectification tasks and timetable");
    public static readonly BilingualText NumberColumn = new("序号", "No.");
    public static readonly BilingualText ProblemColumn = new("问题", "Problem");
    public static readonly BilingualText MeasureColumn = new("整改措施", "Measure");
    public static readonly BilingualText OwnerColumn = new("责任人", "Owner");
    public static readonly BilingualText DueColumn = new("完成时限", "Due");
    public static readonly BilingualText StatusColumn = new("状态", "Status");
    public static readonly BilingualText MeasuresFromMaterials = new(
        "整改任务书尚未制定；对照检查材料中提出的整改措施如下：", "No rectification tasks yet; the measures set out in the self-examination materials are:");
    public static readonly BilingualText MeasureOf = new("{name}：{measure}", "{name}: {measure}");
    public static readonly BilingualText NoMeasures = new("尚无整改措施。", "No rectification measures yet.");

    public static readonly BilingualText Open = new("未开始", "Open");
    public static readonly BilingualText InProgress = new("整改中", "In progress");
    public static readonly BilingualText Done = new("已完成", "Done");
    public static readonly BilingualText Overdue = new("已逾期", "Overdue");

    /// <summary>Plain text that is the same in both languages (names, dates, numbers, what was said).</summary>
    public static BilingualText Same(string text) => new(text, text);
}
