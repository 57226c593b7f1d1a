using MeetingBot.Chat.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>The secretary's commands for setting up and changing a meeting, and the talk plan and audit views.</summary>
public static class SetupCommands
{
    /// <summary>Nothing (show the plan), or add / drop a pair of @mentioned people.</summary>
    private static readonly ArgumentShape TalkPlanGrammar = ArgumentShape.Keywords(
        new LocalText("添加 @张伟 @李敏", "add @Zhang Wei @Li Min"),
        new[] { "添加", "增加", "add", "删除", "去掉", "drop", "remove" }.ToDictionary(w => w, _ => ArgumentShape.Name(new LocalText("@张伟 @李敏", "@Zhang Wei @Li Min")))).OrNothing();

    public static readonly ChatCommand NewMeeting = new("meeting.new", ["新建会议"], ["new meeting"], SetupTexts.NewMeetingCommand, ArgumentShape.None);

    public static readonly ChatCommand Reschedule = new("meeting.reschedule", ["改期"], ["reschedule"], SetupTexts.RescheduleCommand,
        ArgumentShape.Date(new LocalText("2030-01-15 09:00", "2030-01-15 09:00")).Or(ArgumentShape.StartingWith(new LocalText("推迟一周", "1 week later"), MeetingShiftText.IsShift)));

    public static readonly ChatCommand ChangePlace = new("meeting.change-place", ["改地点", "更改地点"], ["change place"], SetupTexts.ChangePlaceCommand, ArgumentShape.Text(new LocalText("第二会议室", "Room 2")));

    public static readonly ChatCommand Cancel = new("meeting.cancel", ["取消会议"], ["cancel meeting"], SetupTexts.CancelCommand, ArgumentShape.Text(new LocalText("：上级通知推迟", "postponed by the county")).OrNothing());

    public static readonly ChatCommand AddMember = new("meeting.add-member", ["添加成员"], ["add member"], SetupTexts.AddMemberCommand, ArgumentShape.Name(new LocalText("@张伟", "@Zhang Wei")));

    public static readonly ChatCommand RemoveMember = new("meeting.remove-member", ["移除成员"], ["remove member"], SetupTexts.RemoveMemberCommand, ArgumentShape.Name(new LocalText("@张伟", "@Zhang Wei")));

    public static readonly ChatCommand ChangeRoles = new("meeting.change-roles", ["更改角色"], ["change roles"], SetupTexts.ChangeRolesCommand, ArgumentShape.Name(new LocalText("@张伟 成员 分管部门负责人", "@Zhang Wei member department-head")));

    public static readonly ChatCommand TransferLead = new("meeting.transfer-lead", ["移交主持"], ["transfer lead"], SetupTexts.TransferLeadCommand, ArgumentShape.Name(new LocalText("@张伟", "@Zhang Wei")));

    public static readonly ChatCommand TalkPlan = new("meeting.talk-plan", ["谈话方案"], ["talk plan"], SetupTexts.TalkPlanCommand, TalkPlanGrammar);

    public static readonly ChatCommand Audit = new("meeting.audit", ["审计"], ["audit"], SetupTexts.AuditCommand, ArgumentShape.None);
}
