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
    public void TheSecretaryOrTheLead_Confirm_OthersDoNot()
    {
        Assert.Null(Access.AsSecretaryOrLead(_meeting, Secretary));
        Assert.Null(Access.AsSecretaryOrLead(_meeting, Lead));
        Assert.Equal(FailureCodes.SecretaryOrLeadOnly, Access.AsSecretaryOrLead(_meeting, SupervisorWu)!.Code);
    }
}
