using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Permissions;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Permissions;

/// <summary>Permissions are results, never exceptions; roles are per meeting.</summary>
public sealed class AccessTests
{
    private readonly Meeting _meeting = MeetingDesk.SeedMeeting().Meeting;

    [Fact]
    public void ANonParticipant_ChangesNothing_AndIsToldWhy()
    {
        Assert.Equal(FailureCodes.NotAParticipant, Access.AsParticipant(_meeting, Outsider)!.Code);
        Assert.Equal(FailureKind.Forbidden, Access.AsSecretary(_meeting, Outsider)!.Kind);
    }

    [Fact]
    public void AUserOfAnotherTenant_IsNobodyHere_EvenWithTheSameUserId()
    {
        Assert.Equal(FailureCodes.OtherTenant, Access.AsLead(_meeting, OtherTenantLead)!.Code);
    }

    [Fact]
    public void RolesArePerMeeting_TheSecretaryOfOneMeetingIsNobodyInAnother()
    {
        var other = SeedTeam.Create("other").Decide(SeedTemplates.DemocraticLifeMeeting, Li, TestClock.Start).Value;

        Assert.Null(Access.AsSecretary(other, Li));
        Assert.Equal(FailureCodes.SecretaryOnly, Access.AsSecretary(_meeting, Li)!.Code);
        Assert.Equal(FailureCodes.NotAParticipant, Access.AsParticipant(other, Secretary)!.Code);
    }

    [Fact]
    public void ARefusedParticipant_IsToldWhomToAsk_ByTheNamesOnTheRoster()
    {
        var secretaryOnly = FailureTexts.For(Access.AsSecretary(_meeting, Li)!);
        var secretaryOrLead = FailureTexts.For(Access.AsSecretaryOrLead(_meeting, SupervisorWu)!);

        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。", secretaryOnly.ZhCn);
        Assert.Equal("Only the meeting's secretary can do this. Ask 王秘书 if it needs doing.", secretaryOnly.En);
        Assert.Equal("只有会议组织者或主要负责同志可以确认会议。请联系王秘书或迟永生。", secretaryOrLead.ZhCn);
        Assert.Equal("只有主要负责同志可以这样做。如需办理，请联系迟永生。", FailureTexts.For(Access.AsLead(_meeting, Li)!).ZhCn);
    }

    [Fact]
    public void SomeoneOutsideTheMeeting_IsToldNoNameFromItsRoster()
    {
        var refusal = Access.AsSecretary(_meeting, Outsider)!;

        Assert.Empty(refusal.Data);
        Assert.Equal("你不是这个会议的参会人员。如应参会，请联系领导小组办公室将你列入名单。", FailureTexts.For(refusal).ZhCn);
    }

    [Fact]
    public void TheSecretaryOrTheLead_Confirm_OthersDoNot()
    {
        Assert.Null(Access.AsSecretaryOrLead(_meeting, Secretary));
        Assert.Null(Access.AsSecretaryOrLead(_meeting, Lead));
        Assert.Equal(FailureCodes.SecretaryOrLeadOnly, Access.AsSecretaryOrLead(_meeting, SupervisorWu)!.Code);
    }
}
