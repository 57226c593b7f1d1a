using MeetingBot.Coordination.Meetings;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>The audit trail's stable action codes as words; an unknown (newer) code reads as a change, never as its code.</summary>
public static class AuditActionTexts
{
    public static readonly LocalText MeetingCreated = new("创建会议", "meeting created");
    public static readonly LocalText MeetingRescheduled = new("会议改期", "meeting rescheduled");
    public static readonly LocalText MeetingCancelled = new("取消会议", "meeting cancelled");
    public static readonly LocalText DeadlineMoved = new("调整截止时间", "deadline moved");
    public static readonly LocalText Nudged = new("催办", "nudged");
    public static readonly LocalText MeetingConfirmed = new("确认会议", "meeting confirmed");
    public static readonly LocalText MeetingConfirmedByOverride = new("主要负责同志越过把关确认会议", "meeting confirmed by the lead's override");
    public static readonly LocalText ParticipantAdded = new("添加人员", "participant added");
    public static readonly LocalText ParticipantRemoved = new("移除人员", "participant removed");
    public static readonly LocalText RolesChanged = new("调整角色", "roles changed");
    public static readonly LocalText DepartmentHeadsAssigned = new("指定分管部门负责同志", "department heads assigned");
    public static readonly LocalText TalkPairAdded = new("谈话方案增加配对", "talk pair added");
    public static readonly LocalText TalkPairDropped = new("谈话方案删除配对", "talk pair dropped");
    public static readonly LocalText OpinionsOpened = new("开始征求意见", "opinions opened");
    public static readonly LocalText OpinionsClosed = new("结束征求意见", "opinions closed");
    public static readonly LocalText OpinionReceived = new("收到意见", "opinion received");
    public static readonly LocalText OpinionRecorded = new("录入意见", "opinion recorded");
    public static readonly LocalText OpinionMerged = new("合并意见", "opinion merged");
    public static readonly LocalText OpinionAssigned = new("交办意见", "opinion assigned");
    public static readonly LocalText OpinionMarked = new("核实意见", "opinion marked");
    public static readonly LocalText OpinionAnswered = new("回应意见", "opinion answered");
    public static readonly LocalText OpinionsFiled = new("交办意见列入问题清单", "assigned opinions filed in the problem list");
    public static readonly LocalText Withdrawn = new("作者撤回", "withdrawn by its author");
    public static readonly LocalText ReviewHandedOn = new("转交审阅", "review handed on");
    public static readonly LocalText OtherChange = new("其他修改", "other change");
    public static readonly LocalText DraftSaved = new("保存草稿", "draft saved");
    public static readonly LocalText Submitted = new("提交", "submitted");
    public static readonly LocalText Approved = new("审阅通过", "approved");
    public static readonly LocalText Returned = new("退回修改", "returned");
    public static readonly LocalText Disclosed = new("明示", "disclosed");
    public static readonly LocalText TalkRecorded = new("记录谈话", "talk recorded");
    public static readonly LocalText TalkConfirmed = new("确认谈话记录", "talk confirmed");
    public static readonly LocalText TalkDisputed = new("对谈话记录有异议", "talk disputed");
    public static readonly LocalText MaterialDraftSaved = new("保存班子对照检查材料草稿", "collective material draft saved");
    public static readonly LocalText MaterialCirculated = new("传阅班子对照检查材料", "collective material circulated");
    public static readonly LocalText MaterialCommented = new("对班子对照检查材料提意见", "collective material commented");
    public static readonly LocalText MaterialFinalised = new("班子对照检查材料定稿", "collective material finalised");
    public static readonly LocalText MeetingHeld = new("会议已召开", "meeting held");
    public static readonly LocalText SpeechRecorded = new("记录发言", "speech recorded in the minutes");
    public static readonly LocalText ReportSubmitted = new("专题报告送审", "special report submitted for review");
    public static readonly LocalText ReportApproved = new("专题报告审定", "special report approved");
    public static readonly LocalText ReportEdited = new("专题报告修改", "special report edited");
    public static readonly LocalText ReportReturned = new("专题报告退回", "special report returned");
    public static readonly LocalText ReportDelivered = new("专题报告报送/通报", "special report submitted upward or announced");
    public static readonly LocalText BriefingRecorded = new("记录通报会", "briefing recorded");
    public static readonly LocalText TasksAdded = new("添加整改任务", "rectification tasks added");
    public static readonly LocalText TaskUpdated = new("报告整改进展", "rectification progress reported");
    public static readonly LocalText TaskCompleted = new("整改任务完成", "rectification task completed");
    public static readonly LocalText ListPublished = new("公示整改任务", "rectification list published");
    public static readonly LocalText SignedIn = new("签到", "signed in");
    public static readonly LocalText AbsenceExcused = new("记录请假", "leave recorded");
    public static readonly LocalText TaskCorrected = new("更正整改任务", "rectification task corrected");
    public static readonly LocalText TaskSplit = new("拆分整改任务", "rectification task split");
    public static readonly LocalText TaskWithdrawn = new("撤销整改任务", "rectification task withdrawn");
    public static readonly LocalText TaskReportedDone = new("报告整改完成待验收", "rectification task reported done");
    public static readonly LocalText TaskAccepted = new("验收整改任务", "rectification task accepted");
    public static readonly LocalText TaskSentBack = new("退回整改任务", "rectification task sent back");
    public static readonly LocalText ImmediateTaskOpened = new("开立即知即改任务", "immediate rectification task opened");

    private static readonly Dictionary<string, LocalText> ByCode = new(StringComparer.Ordinal)
    {
        [AuditActions.MeetingCreated] = MeetingCreated,
        [AuditActions.MeetingRescheduled] = MeetingRescheduled,
        [AuditActions.MeetingCancelled] = MeetingCancelled,
        [AuditActions.DeadlineMoved] = DeadlineMoved,
        [AuditActions.Nudged] = Nudged,
        [AuditActions.MeetingConfirmed] = MeetingConfirmed,
        [AuditActions.MeetingConfirmedByOverride] = MeetingConfirmedByOverride,
        [AuditActions.ParticipantAdded] = ParticipantAdded,
        [AuditActions.ParticipantRemoved] = ParticipantRemoved,
        [AuditActions.RolesChanged] = RolesChanged,
        [AuditActions.DepartmentHeadsAssigned] = DepartmentHeadsAssigned,
        [AuditActions.TalkPairAdded] = TalkPairAdded,
        [AuditActions.TalkPairDropped] = TalkPairDropped,
        [AuditActions.OpinionsOpened] = OpinionsOpened,
        [AuditActions.OpinionsClosed] = OpinionsClosed,
        [AuditActions.OpinionReceived] = OpinionReceived,
        [AuditActions.OpinionRecorded] = OpinionRecorded,
        [AuditActions.OpinionMerged] = OpinionMerged,
        [AuditActions.OpinionAssigned] = OpinionAssigned,
        [AuditActions.OpinionMarked] = OpinionMarked,
        [AuditActions.OpinionAnswered] = OpinionAnswered,
        [AuditActions.OpinionsFiled] = OpinionsFiled,
        [AuditActions.DraftSaved] = DraftSaved,
        [AuditActions.Submitted] = Submitted,
        [AuditActions.Approved] = Approved,
        [AuditActions.Returned] = Returned,
        [AuditActions.Disclosed] = Disclosed,
        [AuditActions.Withdrawn] = Withdrawn,
        [AuditActions.ReviewHandedOn] = ReviewHandedOn,
        [AuditActions.TalkRecorded] = TalkRecorded,
        [AuditActions.TalkConfirmed] = TalkConfirmed,
        [AuditActions.TalkDisputed] = TalkDisputed,
        [AuditActions.MaterialDraftSaved] = MaterialDraftSaved,
        [AuditActions.MaterialCirculated] = MaterialCirculated,
        [AuditActions.MaterialCommented] = MaterialCommented,
        [AuditActions.MaterialFinalised] = MaterialFinalised,
        [AuditActions.MeetingHeld] = MeetingHeld,
        [AuditActions.SpeechRecorded] = SpeechRecorded,
        [AuditActions.ReportSubmitted] = ReportSubmitted,
        [AuditActions.ReportApproved] = ReportApproved,
        [AuditActions.ReportEdited] = ReportEdited,
        [AuditActions.ReportReturned] = ReportReturned,
        [AuditActions.ReportDelivered] = ReportDelivered,
        [AuditActions.BriefingRecorded] = BriefingRecorded,
        [AuditActions.TasksAdded] = TasksAdded,
        [AuditActions.TaskUpdated] = TaskUpdated,
        [AuditActions.TaskCompleted] = TaskCompleted,
        [AuditActions.SignedIn] = SignedIn,
        [AuditActions.AbsenceExcused] = AbsenceExcused,
        [AuditActions.TaskCorrected] = TaskCorrected,
        [AuditActions.TaskSplit] = TaskSplit,
        [AuditActions.TaskWithdrawn] = TaskWithdrawn,
        [AuditActions.TaskReportedDone] = TaskReportedDone,
        [AuditActions.TaskAccepted] = TaskAccepted,
        [AuditActions.TaskSentBack] = TaskSentBack,
        [AuditActions.ImmediateTaskOpened] = ImmediateTaskOpened,
        [AuditActions.ListPublished] = ListPublished,
    };

    public static string For(string action, UserLocale locale) => (ByCode.GetValueOrDefault(action) ?? OtherChange).In(locale);
}
