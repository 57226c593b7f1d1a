using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Talks;
using MeetingBot.Coordination.Templates;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Talks;

public sealed class TalkPlanTests
{
    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private TalkPlan Plan => TalkPlan.For(_desk.Meeting, _desk.Template);

    [Fact]
    public void TheLead_TalksWithEveryMember()
    {
        Assert.All(OtherMembers, m => Assert.True(Plan.Contains(TalkPairKey.Of(Lead.UserId, m.UserId))));
        Assert.Equal(5, Plan.Of(Lead.UserId).Count(t => t.Rules.Contains(PairingRule.LeadWithEachMember)));
    }

    [Fact]
    public void EveryMember_TalksWithEveryOtherMember_OncePerPair()
    {
        var memberPairs = Plan.Talks.Where(t => t.Rules.Contains(PairingRule.MembersWithEachOther)).ToList();

        Assert.Equal(6 * 5 / 2, memberPairs.Count);
        Assert.Equal(memberPairs.Count, memberPairs.Select(t => t.Pair).Distinct().Count());
    }

    [Fact]
    public void EveryMember_TalksWithTheHeadsOfTheDepartmentsHeOversees()
    {
        var headPairs = Plan.Talks.Where(t => t.Rules.Contains(PairingRule.MemberWithOverseenDepartmentHeads)).Select(t => t.Pair).ToList();

        Assert.Equal([TalkPairKey.Of(Li.UserId, HeadZhao.UserId), TalkPairKey.Of(Zhang.UserId, HeadSun.UserId), TalkPairKey.Of(Liu.UserId, HeadZhou.UserId)], headPairs);
    }

    [Fact]
    public void APairGivenByTwoRules_IsPlannedOnce_WithBothRules()
    {
        var leadWithLi = Plan.Talks.Single(t => t.Pair == TalkPairKey.Of(Lead.UserId, Li.UserId));

        Assert.Equal([PairingRule.LeadWithEachMember, PairingRule.MembersWithEachOther], leadWithLi.Rules);
        Assert.Equal(15 + 3, Plan.Talks.Count);
    }

    [Fact]
    public void PairKey_IsTheSameWhicheverWayRoundItIsNamed()
    {
        Assert.Equal(TalkPairKey.Of("b", "a"), TalkPairKey.Of("a", "b"));
        Assert.Equal("a+b", TalkPairKey.Of("b", "a").ToString());
        Assert.Equal("b", TalkPairKey.Of("b", "a").OtherThan("a"));
    }

    [Fact]
    public void TheSecretary_AddsAPair_TheRulesDidNotGive()
    {
        var meeting = _desk.Change(m => new AddTalkPair(m.Version, Chen.UserId, HeadZhao.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).Value;

        var added = Plan.Talks.Single(t => t.Pair == TalkPairKey.Of(Chen.UserId, HeadZhao.UserId));
        Assert.True(added.AddedBySecretary);
        Assert.Empty(added.Rules);
        Assert.Equal(AuditActions.TalkPairAdded, meeting.Audit[^1].Action);
    }

    [Fact]
    public void TheSecretary_DropsAPair_AndCanAddItBack()
    {
        var pair = TalkPairKey.Of(Zhang.UserId, Yang.UserId);

        Assert.True(_desk.Change(m => new DropTalkPair(m.Version, Yang.UserId, Zhang.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).IsSuccess);
        Assert.False(Plan.Contains(pair));
        Assert.Equal(17, Plan.Talks.Count);

        Assert.True(_desk.Change(m => new AddTalkPair(m.Version, Zhang.UserId, Yang.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).IsSuccess);
        Assert.True(Plan.Contains(pair));
        Assert.Empty(_desk.Meeting.DroppedTalkPairs);
    }

    [Fact]
    public void AddingAPlannedPair_DroppingAnUnplannedOne_OrPairingSomeoneWithHimself_IsRefused()
    {
        Assert.Equal(FailureCodes.PairAlreadyInPlan,
            _desk.Change(m => new AddTalkPair(m.Version, Lead.UserId, Li.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.PairNotInPlan,
            _desk.Change(m => new DropTalkPair(m.Version, HeadSun.UserId, HeadZhou.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.SamePerson,
            _desk.Change(m => new AddTalkPair(m.Version, Li.UserId, Li.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).Failure!.Code);
        Assert.Equal(FailureCodes.ParticipantNotFound,
            _desk.Change(m => new AddTalkPair(m.Version, Li.UserId, Outsider.UserId).Decide(m, _desk.Template, Secretary, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void OnlyTheSecretary_ChangesThePlan()
    {
        Assert.Equal(FailureCodes.SecretaryOnly,
            _desk.Change(m => new DropTalkPair(m.Version, Lead.UserId, Li.UserId).Decide(m, _desk.Template, Lead, _desk.Now)).Failure!.Code);
    }

    [Fact]
    public void ARosterChange_IsReflectedInThePlanAtOnce()
    {
        _desk.Change(m => new AddParticipant(m.Version, new Person("m-gao", "高峰"), [Role.Member], null, null).Decide(m, Secretary, _desk.Now));

        Assert.Equal(21 + 3, Plan.Talks.Count);
    }

    [Fact]
    public void ARetrospective_PairsOnlyTheFacilitatorWithEachMember()
    {
        var meeting = SeedTeam.Create().Decide(SeedTemplates.ProjectRetrospective, Secretary, _desk.Now).Value;

        var plan = TalkPlan.For(meeting, SeedTemplates.ProjectRetrospective);

        Assert.Equal(5, plan.Talks.Count);
        Assert.All(plan.Talks, t => Assert.True(t.Pair.Includes(Lead.UserId)));
    }
}
