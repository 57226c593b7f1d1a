using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Reviews;
using MeetingBot.Coordination.Tests.Fixtures;
using static MeetingBot.Coordination.Tests.Fixtures.SeedTeam;

namespace MeetingBot.Coordination.Tests.Reviews;

/// <summary>The secretary seats the superior (上级): only an overseer of the meeting's unit, or of a unit above it.</summary>
public sealed class SeatSuperiorTests
{
    private const string Town = "某县/某镇党委";
    private static readonly Actor Qian = new("o-qian", "钱部长", Tenant);

    private readonly MeetingDesk _desk = MeetingDesk.SeedMeeting();

    private Outcome<Meeting> Seat(Actor by, Actor person, string? overseen, string? unit = Town) =>
        _desk.Change(m => new SeatSuperior(m.Version, P(person), overseen, unit).Decide(m, by, _desk.Now));

    [Fact]
    public void AnOverseerOfTheUnitOrAbove_IsSeatedWithTheSuperiorsRoleOnly_AndTheMeetingStaysAsItWas()
    {
        var seated = Seat(Secretary, Qian, "某县").Value;

        Assert.Equal([Role.Superior], seated.Find(Qian.UserId)!.Roles);
        Assert.Equal(AuditActions.SuperiorSeated, seated.Audit[^1].Action);
        Assert.DoesNotContain(seated.Members, m => m.UserId == Qian.UserId);
        Assert.True(Seat(Secretary, Li, Town).IsSuccess); // a member who oversees the unit keeps his roles too
        Assert.Equal([Role.Member, Role.Superior], _desk.Meeting.Find(Li.UserId)!.Roles);
    }

    [Fact]
    public void AnOverseerOfAnotherUnit_OrSomeoneWhoOverseesNothing_IsRefused_InBothLanguages()
    {
        var other = Seat(Secretary, Qian, "某县/另一镇党委").Failure!;
        Assert.Equal(FailureCodes.SuperiorOfAnotherUnit, other.Code);
        Assert.StartsWith("钱部长督查的是某县/另一镇党委及其下级单位，本会议所属的某县/某镇党委不在其中", FailureTexts.For(other).ZhCn, StringComparison.Ordinal);
        Assert.StartsWith("钱部长 oversees 某县/另一镇党委 and the units below it, not this meeting's unit (某县/某镇党委)", FailureTexts.For(other).En, StringComparison.Ordinal);
        Assert.Equal(FailureCodes.NotAnOverseer, Seat(Secretary, Qian, null).Failure!.Code);
        Assert.Equal(FailureCodes.MeetingWithoutUnit, Seat(Secretary, Qian, "某县", unit: null).Failure!.Code);
        Assert.Null(_desk.Meeting.Find(Qian.UserId));
    }

    [Fact]
    public void OnlyTheSecretary_Seats()
    {
        Assert.Equal(FailureCodes.SecretaryOnly, Seat(Lead, Qian, "某县").Failure!.Code);
        Assert.True(Seat(Secretary, Qian, "某县").IsSuccess);
        Assert.Equal(FailureCodes.DuplicateParticipant, Seat(Secretary, Qian, "某县").Failure!.Code);
    }
}
