using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Meetings;

public sealed class RosterTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private static readonly Actor Gao = new("m-gao", "高峰", Tenant);

    private Outcome<Meeting> Do(Func<Meeting, Outcome<Meeting>> change) => _desk.Change(change);

    [Fact]
    public void Secretary_AddsAMember_WhoThenOwesOutlinesToEveryone()
    {
        var meeting = Do(m => new AddParticipant(m.Version, P(Gao), [Role.Member], null, null).Decide(m, Secretary, _desk.Now)).Value;

        Assert.True(meeting.Holds(Gao.UserId, Role.Member));
        Assert.Equal(7, meeting.Members.Count);
        Assert.Equal(AuditActions.ParticipantAdded, meeting.Audit[^1].Action);
        Assert.Equal(Gao.UserId, meeting.Audit[^1].Detail);
    }

    [Fact]
    public void Secretary_AddsADepartmentHead_UnderTheMemberWhoOverseesHim()
    {
        var head = new Person("h-qian", "钱进");

        var meeting = Do(m => new AddParticipant(m.Version, head, [Role.DepartmentHead], Chen.UserId, "社会事务办").Decide(m, Secretary, _desk.Now)).Value;

        Assert.Equal(["h-qian"], meeting.Find(Chen.UserId)!.OverseenDepartmentHeads);
    }

    [Fact]
    public void AddingSomeoneTwice_IsRefused()
    {
        Assert.Equal(FailureCodes.DuplicateParticipant,
            Do(m => new AddParticipant(m.Version, P(Li), [Role.Member], null, null).Decide(m, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void Secretary_RemovesAMember_AndTheirTalkPlanAdjustmentsGoWithThem()
    {
        Assert.True(Do(m => new MeetingBot.Coordination.Talks.AddTalkPair(m.Version, Yang.UserId, HeadZhao.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).IsSuccess);

        var meeting = Do(m => new RemoveParticipant(m.Version, Yang.UserId).Decide(m, Secretary, _desk.Now)).Value;

        Assert.Null(meeting.Find(Yang.UserId));
        Assert.Empty(meeting.AddedTalkPairs);
        Assert.Equal(AuditActions.ParticipantRemoved, meeting.Audit[^1].Action);
    }

    [Fact]
    public void RemovingADepartmentHead_RemovesHimFromTheOverseeingMember()
    {
        var meeting = Do(m => new RemoveParticipant(m.Version, HeadZhao.UserId).Decide(m, Secretary, _desk.Now)).Value;

        Assert.Empty(meeting.Find(Li.UserId)!.OverseenDepartmentHeads);
    }

    [Fact]
    public void RemovingTheLead_IsRefused_AMeetingHasExactlyOneLead()
    {
        Assert.Equal(FailureCodes.OneLeadRequired, Do(m => new RemoveParticipant(m.Version, Lead.UserId).Decide(m, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void RemovingTheLastSecretary_IsRefused()
    {
        Assert.Equal(FailureCodes.SecretaryRequired, Do(m => new RemoveParticipant(m.Version, Secretary.UserId).Decide(m, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void RemovingSomeoneUnknown_IsNotFound()
    {
        Assert.Equal(FailureKind.NotFound, Do(m => new RemoveParticipant(m.Version, "nobody").Decide(m, Secretary, _desk.Now)).Failure!.Kind);
    }

    [Fact]
    public void SomeoneNotOnTheRoster_IsNamedInTheRefusal_ByTheNameTheCallerKnows_NeverByHisId()
    {
        var removed = Do(m => new RemoveParticipant(m.Version, Gao.UserId, Gao.Name).Decide(m, Secretary, _desk.Now)).Failure!;
        var roles = Do(m => new ChangeRoles(m.Version, Gao.UserId, [Role.Member], Gao.Name).Decide(m, Secretary, _desk.Now)).Failure!;
        var lead = Do(m => new TransferLead(m.Version, Gao.UserId, Gao.Name).Decide(m, Secretary, _desk.Now)).Failure!;

        Assert.All([removed, roles, lead], failure => Assert.Equal("高峰不在参会名单中。", FailureTexts.For(failure).ZhCn));
    }

    [Fact]
    public void GivingASecondLead_OrTakingTheOnlyLeadAway_IsRefused()
    {
        Assert.Equal(FailureCodes.OneLeadRequired,
            Do(m => new ChangeRoles(m.Version, Li.UserId, [Role.Lead]).Decide(m, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.OneLeadRequired,
            Do(m => new ChangeRoles(m.Version, Lead.UserId, [Role.Member]).Decide(m, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(1, _desk.Meeting.Version);
    }

    [Fact]
    public void TransferLead_HandsTheLeadOverInOneStep_AndThePreviousLeadStaysAMember()
    {
        var meeting = Do(m => new TransferLead(m.Version, Li.UserId).Decide(m, Secretary, _desk.Now)).Value;

        Assert.Equal(Li.UserId, meeting.Lead.UserId);
        Assert.Equal([Role.Member], meeting.Find(Lead.UserId)!.Roles);
        Assert.Equal(6, meeting.Members.Count);
    }

    [Fact]
    public void TransferLead_ToAnOutsideParticipant_MakesHimAMember()
    {
        var meeting = Do(m => new TransferLead(m.Version, SupervisorWu.UserId).Decide(m, Secretary, _desk.Now)).Value;

        Assert.Equal([Role.Lead, Role.Member, Role.Supervisor], meeting.Find(SupervisorWu.UserId)!.Roles);
        Assert.Equal(FailureKind.NotFound, Do(m => new TransferLead(m.Version, "nobody").Decide(m, Secretary, _desk.Now)).Failure!.Kind);
    }

    [Fact]
    public void ChangeRoles_GivesASecondSecretary()
    {
        var meeting = Do(m => new ChangeRoles(m.Version, Li.UserId, [Role.Member, Role.Secretary]).Decide(m, Secretary, _desk.Now)).Value;

        Assert.True(meeting.Holds(Li.UserId, Role.Secretary));
        Assert.Equal(AuditActions.RolesChanged, meeting.Audit[^1].Action);
    }

    [Fact]
    public void ChangeRoles_ToNone_IsRefused()
    {
        Assert.Equal(FailureCodes.NoRoles, Do(m => new ChangeRoles(m.Version, Li.UserId, []).Decide(m, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void AssignDepartmentHeads_ReplacesTheList_AndOnlyNamesDepartmentHeads()
    {
        var meeting = Do(m => new AssignDepartmentHeads(m.Version, Chen.UserId, [HeadSun.UserId, HeadZhou.UserId]).Decide(m, Secretary, _desk.Now)).Value;
        Assert.Equal([HeadSun.UserId, HeadZhou.UserId], meeting.Find(Chen.UserId)!.OverseenDepartmentHeads);

        Assert.Equal(FailureCodes.NotADepartmentHead,
            Do(m => new AssignDepartmentHeads(m.Version, Chen.UserId, [SupervisorWu.UserId]).Decide(m, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.NotAMember,
            Do(m => new AssignDepartmentHeads(m.Version, HeadSun.UserId, [HeadZhou.UserId]).Decide(m, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void OnlyTheSecretary_ChangesTheRoster()
    {
        Assert.Equal(FailureCodes.SecretaryOnly,
            Do(m => new AddParticipant(m.Version, P(Gao), [Role.Member], null, null).Decide(m, Lead, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.SecretaryOnly,
            Do(m => new ChangeRoles(m.Version, Li.UserId, [Role.Lead]).Decide(m, Li, _desk.Now)).Failure!.Code);
    }
}
