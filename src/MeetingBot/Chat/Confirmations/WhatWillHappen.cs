using MeetingBot.Localization;

namespace MeetingBot.Chat.Confirmations;

/// <summary>What each irreversible action says it will do, concretely, before the person confirms it.</summary>
public static class WhatWillHappen
{
    public static readonly LocalText ConfirmMeeting = new(
        "确认召开会议“{0}”（{1}，{2}）。确认后会议进入召开阶段，不能撤销。",
        "Confirm the meeting \"{0}\" ({1}, {2}). It then moves to being held; this cannot be undone.");

    public static readonly LocalText ConfirmMeetingByOverride = new(
        "在准备未全部完成的情况下强制确认召开会议“{0}”（{1}，{2}），理由“{3}”将记入审计记录。确认后不能撤销。",
        "Confirm the meeting \"{0}\" ({1}, {2}) although preparation is incomplete; the reason \"{3}\" is recorded in the audit trail. This cannot be undone.");

    public static readonly LocalText MeetingHeld = new(
        "将会议“{0}”标记为已召开，会议进入会后报告阶段，不能撤销。",
        "Mark the meeting \"{0}\" as held; it moves to reporting. This cannot be undone.");

    public static readonly LocalText Publish = new(
        "公示整改任务清单（{0}项）：任务、责任人和完成时限将在群聊和公示页面中向所有人显示。",
        "Publish the rectification list ({0} tasks): every task, its owner and due date will be shown to everyone in the group and on the public board.");

    public static readonly LocalText Propose = new(
        "根据对照检查材料中的整改措施生成{0}项整改任务（完成时限{1}），并在私聊中通知各责任人。",
        "Create {0} rectification tasks from the measures in the self-examination materials (due {1}) and tell each owner privately.");

    public static readonly LocalText Finalise = new(
        "将班子对照检查材料第{0}稿定稿，定稿后不能再修改。",
        "Finalise version {0} of the team's collective material; it cannot be changed afterwards.");

    public static readonly LocalText Circulate = new(
        "将班子对照检查材料第{0}稿传阅给{1}位班子成员征求意见，每人将在私聊中收到通知：{2}。",
        "Circulate version {0} of the team's collective material to {1} members for comments; each is told privately: {2}.");

    public static readonly LocalText CancelMeeting = new(
        "取消会议“{0}”（原因：{1}），所有提醒随之停止。取消后不能恢复。",
        "Cancel the meeting \"{0}\" (reason: {1}); every reminder stops. This cannot be undone.");

    public static readonly LocalText RemoveMember = new(
        "将{0}移出会议“{1}”：其待办任务和提醒随即停止，网页聊天中本次会议的邀请立即失效；已提交的材料保留。如需加回，发送“添加成员 {0}”。",
        "Remove {0} from the meeting \"{1}\": their tasks and reminders stop and their web chat invitations to this meeting stop working at once; what they handed in is kept. To add them back, send \"add member {0}\".");

    public static readonly LocalText ChangeRoles = new(
        "将{0}在会议“{1}”中的角色设为：{2}。角色决定能看到和办理哪些事项（例如督导可审阅批评提纲），更改后立即生效。",
        "Give {0} these roles in the meeting \"{1}\": {2}. Roles decide what one sees and does (a supervisor reviews outlines, for one); the change takes effect at once.");

    public static readonly LocalText ChangePlace = new(
        "将会议“{0}”的地点从“{1}”改为“{2}”；时间和各项截止时间不变。",
        "Move the meeting \"{0}\" from \"{1}\" to \"{2}\"; the time and every deadline stay.");

    public static readonly LocalText Reschedule = new(
        "将会议“{0}”从{1}改期到{2}（{3}），各项截止时间和提醒随之调整。",
        "Move the meeting \"{0}\" from {1} to {2} ({3}); every deadline and reminder moves with it.");

    public static readonly LocalText RecordDelivery = new(
        "记录：专题报告于{0}{1}“{2}”。记录后不能撤销。",
        "Record that the special report was {1} \"{2}\" on {0}. This cannot be undone.");

    public static readonly LocalText Approve = new(
        "批准{0}的{1}（第{2}稿）。",
        "Approve {0}'s {1} (version {2}).");

    public static readonly LocalText ApproveAndDisclose = new(
        "批准{0}对{3}的{1}（第{2}稿）。批准后提纲内容将在私聊中向{3}明示，不能撤回。",
        "Approve {0}'s {1} about {3} (version {2}). The outline is then shown to {3} in private chat; this cannot be taken back.");
}
