using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Reporting;

public static class ReportingTexts
{
    public static readonly LocalText ReportCommand = new(
        "查看专题报告（私聊；秘书、主要负责同志和督导组另收到 Word 和 Markdown 文件）；秘书发送“专题报告 送审”提交督导组审阅",
        "show the special report (1:1; the secretary, the lead and the supervisors also get it as Word and Markdown files); the secretary sends \"report submit\" to hand it to the supervisors");

    public static readonly LocalText ReviewCommand = new(
        "督导组审阅专题报告：审阅报告 通过 [意见] / 审阅报告 退回 <意见>",
        "supervisors review the report: review report approve [comment] / review report return <comment>");

    public static readonly LocalText SubmissionCommand = new(
        "秘书记录报告报送或通报：报送 <报送单位> [日期]；报送 通报 <通报范围> [日期]",
        "the secretary records where the report went: record submission <to whom> [date]; record submission announced <where> [date]");

    public static readonly LocalText BriefingCommand = new(
        "会后记录通报会（秘书或主要负责同志）：记录通报会 [日期] 范围：<范围> 内容：<通报内容>",
        "after the meeting, the secretary or the lead records the briefing: record briefing [date] scope: <who> content: <what was briefed>");

    public static readonly LocalText BriefingUsage = new(
        "用法：记录通报会 [日期] 范围：<范围> 内容：<通报内容>，例如“记录通报会 12月9日 范围：全体干部 内容：会前准备、批评与自我批评、整改措施情况”",
        "Usage: record briefing [date] scope: <who> content: <what was briefed>, e.g. \"record briefing 2030-02-01 scope: all cadres content: preparation, criticism, measures\"");

    public static readonly LocalText BriefingRecorded = new(
        "已记录：{0}召开通报会，范围：{1}。", "Recorded: the briefing on {0}, to {1}.");

    public static readonly LocalText BriefingLine = new("通报会：{0}，范围：{1}；内容：{2}", "Briefing: {0}, to {1}; briefed: {2}");






    public static readonly LocalText LedgerCommand = new(
        "秘书获取会议台账（Excel：参会人员、谈心谈话、材料及审核、整改清单；私聊）",
        "the secretary gets the meeting's ledger (Excel: participants, talks, deliverables and reviews, rectification; 1:1)");

    public static readonly LocalText LedgerPrivateOnly = new("台账只在与我的私聊中发送。", "The ledger is sent only in a 1:1 chat with me.");

    public static readonly LocalText LedgerReady = new("「{0}」的台账已生成：", "The ledger of \"{0}\" is ready:");

    public static readonly LocalText DownloadLine = new("下载「{0}」：{1}", "Download \"{0}\": {1}");

    public static readonly LocalText PrivateOnly = new("专题报告只在与我的私聊中查看。", "The special report is shown only in a 1:1 chat with me.");

    public static readonly LocalText DraftLabel = new("（报告稿，根据当前记录生成）", "(draft, composed from the records as they stand)");
    public static readonly LocalText EditReportCommand = new(
        "修改专题报告（领导小组办公室）：修改报告 <部分编号> <新内容>，或发送修改报告并附上Word文件",
        "edit the special report (office): edit-report <section> <new text>, or send edit-report with a Word file attached");

    public static readonly LocalText EditReportUsage = new(
        "请写明修改哪一部分和新的内容，例如：修改报告 2 会议于12月7日在党委会议室召开；或发送“修改报告”并附上按“一、二、三、四”分部分的Word文件。",
        "Say which section and the new text, e.g. edit-report 2 The meeting was held on 7 December; or send edit-report with a Word file whose sections are numbered 1. 2. 3. 4.");

    public static readonly LocalText Edited = new("专题报告第{0}稿已保存（{1}）。发送“专题报告”查看，发送“专题报告 送审”送督导组审阅。",
        "Version {0} of the special report is saved ({1}). Send \"report\" to read it, \"report submit\" to send it to the supervisors.");

    public static readonly LocalText EditedSection = new("修改了第{0}部分", "section {0} replaced");

    public static readonly LocalText EditedFromFile = new("按上传的{0}修改了{1}个部分", "{1} section(s) replaced from {0}");

    public static readonly LocalText StateEdited = new("状态：第{0}稿已由办公室修改，尚未送审。", "State: version {0} was edited by the office and has not been sent for review.");

    public static readonly LocalText StateSubmitted = new("状态：第{0}稿已送督导组审阅。", "State: version {0} is with the supervisors for review.");
    public static readonly LocalText StateApproved = new("状态：第{0}稿已经{1}审定。", "State: version {0} was approved by {1}.");
    public static readonly LocalText StateReturned = new("状态：第{0}稿被{1}退回，意见：{2}", "State: version {0} was returned by {1}: {2}");
    public static readonly LocalText Delivered = new("· {0} {1}：{2}", "· {0} {1}: {2}");
    public static readonly LocalText SubmittedUpward = new("报送", "submitted to");
    public static readonly LocalText Announced = new("通报", "announced at");

    public static readonly LocalText Submitted = new(
        "专题报告第{0}稿已送督导组审阅。", "Version {0} of the special report is with the supervisors for review.");

    public static readonly LocalText SubmittedNotice = new(
        "专题报告“{0}”第{1}稿已送您审阅。请在私聊中发送“专题报告”查看，“审阅报告 通过”或“审阅报告 退回 <意见>”。",
        "Version {1} of the special report \"{0}\" awaits your review. Send \"report\" to read it, then \"review report approve\" or \"review report return <comment>\".");

    public static readonly LocalText ReviewUsage = new("用法：审阅报告 通过 [意见]，或 审阅报告 退回 <意见>", "Usage: review report approve [comment], or review report return <comment>");
    public static readonly LocalText Approved = new("专题报告第{0}稿已审定。", "Version {0} of the special report is approved.");
    public static readonly LocalText Returned = new("专题报告第{0}稿已退回秘书修改。", "Version {0} of the special report was returned to the secretary.");
    public static readonly LocalText ApprovedNotice = new("专题报告第{0}稿已经{1}审定，可以报送上级并向群众通报（发送“报送”记录）。", "Version {0} of the special report was approved by {1}; submit it upward and announce it (record with \"record submission\").");
    public static readonly LocalText ReturnedNotice = new("专题报告第{0}稿被{1}退回，意见：{2}。修改记录后发送“专题报告 送审”重新提交。", "Version {0} of the special report was returned by {1}: {2}. Correct the records and send \"report submit\" again.");

    public static readonly LocalText SubmissionUsage = new(
        "用法：报送 <报送单位> [日期]，例如“报送 市委组织部、市纪委 2014-07-16”；向群众通报：报送 通报 <范围> [日期]",
        "Usage: record submission <to whom> [date], e.g. \"record submission City organisation department 2014-07-16\"; announced: record submission announced <where> [date]");
    public static readonly LocalText DeliveryRecorded = new("已记录：{0}于{1}{2}“{3}”。", "Recorded: {0} was {2} \"{3}\" on {1}.");
    public static readonly LocalText TheReport = new("专题报告", "the special report");
}
