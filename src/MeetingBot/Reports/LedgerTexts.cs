using MeetingBot.Localization;

namespace MeetingBot.Reports;

/// <summary>The ledger's sheet names, column headings and cell words, in both languages.</summary>
public static class LedgerTexts
{
    public static readonly LocalText Title = new("{0}台账", "Ledger: {0}");

    public static readonly LocalText ParticipantsSheet = new("参会人员", "Participants");
    public static readonly LocalText TalksSheet = new("谈心谈话", "Talks");
    public static readonly LocalText DeliverablesSheet = new("材料及审核", "Deliverables");
    public static readonly LocalText RectificationSheet = new("整改清单", "Rectification");

    public static readonly LocalText Name = new("姓名", "Name");
    public static readonly LocalText Roles = new("角色", "Roles");
    public static readonly LocalText Department = new("分管部门", "Department");

    public static readonly LocalText TalkCorner = new("谈话人＼对象", "Talk with");
    public static readonly LocalText NotRecorded = new("未记录", "not recorded");

    public static readonly LocalText Deliverable = new("材料", "Deliverable");
    public static readonly LocalText Author = new("提交人", "Author");
    public static readonly LocalText Target = new("对象", "About");
    public static readonly LocalText VersionColumn = new("稿次", "Version");
    public static readonly LocalText SubmittedAt = new("提交时间", "Handed in");
    public static readonly LocalText Decision = new("审核结果", "Decision");
    public static readonly LocalText Reviewer = new("审核人", "Reviewer");
    public static readonly LocalText DecidedAt = new("审核时间", "Decided");
    public static readonly LocalText Approved = new("通过", "approved");
    public static readonly LocalText Returned = new("退回", "returned");
    public static readonly LocalText Awaiting = new("待审核", "awaiting review");

    public static readonly LocalText Number = new("序号", "No.");
    public static readonly LocalText Problem = new("问题", "Problem");
    public static readonly LocalText Measure = new("整改措施", "Measure");
    public static readonly LocalText Owner = new("责任人", "Owner");
    public static readonly LocalText Due = new("完成时限", "Due");
    public static readonly LocalText Status = new("状态", "Status");
    public static readonly LocalText CompletedOn = new("完成日期", "Completed");
    public static readonly LocalText StatusOpen = new("未开始", "open");
    public static readonly LocalText StatusInProgress = new("进行中", "in progress");
    public static readonly LocalText StatusOverdue = new("已逾期", "overdue");
    public static readonly LocalText StatusDone = new("已完成", "done");

    public static readonly LocalText RoleSecretary = new("秘书", "secretary");
    public static readonly LocalText RoleLead = new("主持人", "lead");
    public static readonly LocalText RoleMember = new("班子成员", "member");
    public static readonly LocalText RoleDepartmentHead = new("部门负责人", "department head");
    public static readonly LocalText RoleSupervisor = new("督导组", "supervisor");

    public static readonly LocalText RoleSuperior = new("上级审核", "superior reviewer");
}
