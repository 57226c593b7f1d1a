using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Coordination.Tests.Fixtures;

/// <summary>
/// The seed's team: the office's secretary, the Party secretary as lead (迟永生 in the seed), five more members
/// (李敏 is in the seed too), three department heads and two supervisors; plus people who must see nothing.
/// </summary>
public static class SeedTeam
{
    public const string Tenant = "tenant-town";

    public static readonly Actor Secretary = new("sec-wang", "王秘书", Tenant);
    public static readonly Actor Lead = new("lead-chi", "迟永生", Tenant);
    public static readonly Actor Li = new("m-li", "李敏", Tenant);
    public static readonly Actor Zhang = new("m-zhang", "张伟", Tenant);
    public static readonly Actor Liu = new("m-liu", "刘洋", Tenant);
    public static readonly Actor Chen = new("m-chen", "陈静", Tenant);
    public static readonly Actor Yang = new("m-yang", "杨帆", Tenant);
    public static readonly Actor HeadZhao = new("h-zhao", "赵强", Tenant);
    public static readonly Actor HeadSun = new("h-sun", "孙丽", Tenant);
    public static readonly Actor HeadZhou = new("h-zhou", "周杰", Tenant);
    public static readonly Actor SupervisorWu = new("s-wu", "吴刚", Tenant);
    public static readonly Actor SupervisorZheng = new("s-zheng", "郑红", Tenant);
    public static readonly Actor Outsider = new("x-outsider", "路人", Tenant);
    public static readonly Actor OtherTenantLead = new("lead-chi", "迟永生", "tenant-elsewhere");

    /// <summary>The five members besides the lead.</summary>
    public static readonly Actor[] OtherMembers = [Li, Zhang, Liu, Chen, Yang];

    /// <summary>All six members, the lead first.</summary>
    public static readonly Actor[] Members = [Lead, .. OtherMembers];

    public static readonly DateTime MeetingStart = new(2014, 7, 15, 9, 0, 0);
    public const string Place = "镇政府党委会议室";
    public const string Theme = "践行群众路线、为民务实清廉专题民主生活会";

    public static Person P(Actor actor) => new(actor.UserId, actor.Name);

    public static CreateMeeting Create(string meetingId = "dlm-2014-07") => new(
        meetingId, Theme, MeetingStart, Place, null, P(Lead), [.. OtherMembers.Select(P)],
        [
            new DepartmentHeadAssignment(P(Li), P(HeadZhao), "纪检监察室"),
            new DepartmentHeadAssignment(P(Zhang), P(HeadSun), "党政办公室"),
            new DepartmentHeadAssignment(P(Liu), P(HeadZhou), "经济发展办公室"),
        ],
        [P(SupervisorWu), P(SupervisorZheng)]);
}
