using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Questions;

public static class OpenQuestionTexts
{
    public static readonly LocalText TalkAnswers = new(
        "可直接回复“确认”，或“有异议 理由”（例如：有异议 谈话日期不对）。",
        "You can simply reply “confirm”, or “dispute” and the reason (e.g. dispute the date is wrong).");

    public static readonly LocalText AttendanceAnswers = new(
        "是否参加会议？可直接回复“参加”，或“请假 理由”（例如：请假 外出学习）。",
        "Will you attend? Simply reply “attend”, or “absent” and the reason (e.g. absent away on training).");

    public static readonly LocalText ReturnedAnswers = new(
        "回复“修改”即可在上一稿的基础上修改。",
        "Reply “revise” to edit it starting from the last version.");

    public static readonly LocalText ConfirmButton = new("确认", "Confirm");

    public static readonly LocalText DisputeButton = new("有异议", "Dispute");

    public static readonly LocalText AttendButton = new("参加", "Attend");

    public static readonly LocalText AbsentButton = new("请假", "Absent");

    public static readonly LocalText ReviseButton = new("修改", "Revise");

    public static readonly LocalText ReasonLabel = new("理由（有异议或请假时填写）", "Reason (when disputing or absent)");

    public static readonly LocalText DisputeReasonNeeded = new(
        "请写明异议的理由，例如：有异议 谈话日期不对。",
        "Please give the reason for the dispute, e.g. dispute the date is wrong.");

    public static readonly LocalText AbsenceReasonNeeded = new(
        "请写明请假的理由，例如：请假 外出学习。",
        "Please give the reason you cannot attend, e.g. absent away on training.");

    public static readonly LocalText WhichQuestion = new(
        "您有几项待答复的事项，请用完整的命令说明是哪一项：{0}",
        "Several questions wait for your answer; say which with the full command: {0}");

    public static readonly LocalText NoLongerOpen = new(
        "这个问题已经答复过或已过期。请发送“我的任务”查看现在要做的事。",
        "That question was already answered or has lapsed. Send “my tasks” to see what is open now.");
}
