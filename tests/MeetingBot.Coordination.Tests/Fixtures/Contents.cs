using MeetingBot.Coordination.CriticismOutlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions.Contents;
using MeetingBot.Coordination.Talks;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>Complete, realistic contents for every deliverable of the seed's process.</summary>
public static class Contents
{
    public static StudyCheckIn Study() => new(["《中国共产党章程》", "中央八项规定", "兰考讲话精神"], "对照焦裕禄精神找差距。");

    public static ProblemList Problems() => new(
    [
        new ProblemItem("formalism", "以会议落实会议，以文件落实文件", "2014年上半年全镇会议42次，其中11次可合并召开", "masses", ProblemAcknowledgement.Acknowledged, null),
        new ProblemItem("bureaucratism", "下基层调研少，听汇报多", "全年到村调研仅6次，多数为陪同检查", "superiors", ProblemAcknowledgement.Acknowledged, null),
        new ProblemItem("hedonism", "公车私用", "群众反映周末用公车接送家人", "masses", ProblemAcknowledgement.Disputed, "经查为执行防汛值班任务，已向群众说明"),
    ]);

    public static ExaminationMaterial Material() => new(
        [new ExaminedProblem("formalism", "文山会海问题突出", "一季度召开全镇性会议15次，平均每周一次以上")],
        "放松了世界观、人生观、价值观的改造，宗旨意识淡化。",
        "牢固树立群众观点，改进工作作风；从严管理家属子女和身边工作人员。",
        ["每月到联系村调研不少于2次", "全镇性会议每月不超过2次"],
        null);

    /// <summary>An outline that passes the seed template's pre-review: three aspects, each point with a concrete example.</summary>
    public static CriticismOutline GoodOutline() => new(
    [
        new OutlinePoint("party-spirit", "宗旨意识不强，对群众来访不够耐心", "5月12日王庄村村民反映宅基地问题，只交代办公室处理，未当面接待"),
        new OutlinePoint("real-work", "工作落实不到位，安排多督促少", "春季植树任务布置后未跟踪检查，3个村未按期完成"),
        new OutlinePoint("strictness", "对分管部门要求不严", "分管站所两名工作人员上班时间玩手机游戏，发现后未严肃处理"),
    ]);

    /// <summary>An outline the pre-review flags: too few points, aspects missing, no example, a stock phrase.</summary>
    public static CriticismOutline WeakOutline() => new([new OutlinePoint(null, "理论学习有待加强", null)]);

    public static ReportUpward Report(Meeting meeting, DateOnly reportedOn) =>
        new(reportedOn, "市委组织部、市纪委", meeting.Theme, meeting.LocalStart, "镇党委〔2014〕12号");

    public static AttendanceConfirmation Attending() => new(true, null);

    public static AttendanceConfirmation Absent() => new(false, "参加省委党校学习");

    public static RectificationReview Review() => new(
        [new CarriedOverTask("精简会议文件", "迟永生", true, "会议数量同比下降30%"), new CarriedOverTask("公车管理制度", "李敏", false, "制度已起草，待党委会审议")],
        false);

    public static TalkNotes Talk() => new(new DateOnly(2014, 6, 20), "工作中有时急躁，听取不同意见不够", "对分管工作抓得紧，但与其他成员沟通少", "多沟通、多商量", true);
}
