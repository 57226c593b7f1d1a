using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>The secretary's commands for setting up and changing a meeting, and the talk plan and audit views.</summary>
public static class SetupCommands
{
    public static readonly ChatCommand NewMeeting = new("meeting.new", ["新建会议"], ["new meeting"], SetupTexts.NewMeetingCommand);

    public static readonly ChatCommand Reschedule = new("meeting.reschedule", ["改期"], ["reschedule"], SetupTexts.RescheduleCommand);

    public static readonly ChatCommand Cancel = new("meeting.cancel", ["取消会议"], ["cancel meeting"], SetupTexts.CancelCommand);

    public static readonly ChatCommand AddMember = new("meeting.add-member", ["添加成员"], ["add member"], SetupTexts.AddMemberCommand);

    public static readonly ChatCommand RemoveMember = new("meeting.remove-member", ["移除成员"], ["remove member"], SetupTexts.RemoveMemberCommand);

    public static readonly ChatCommand ChangeRoles = new("meeting.change-roles", ["更改角色"], ["change roles"], SetupTexts.ChangeRolesCommand);

    public static readonly ChatCommand TransferLead = new("meeting.transfer-lead", ["移交主持"], ["transfer lead"], SetupTexts.TransferLeadCommand);

    public static readonly ChatCommand TalkPlan = new("meeting.talk-plan", ["谈话方案"], ["talk plan"], SetupTexts.TalkPlanCommand);

    public static readonly ChatCommand Audit = new("meeting.audit", ["审计"], ["audit"], SetupTexts.AuditCommand);
}
