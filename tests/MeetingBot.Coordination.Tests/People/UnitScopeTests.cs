using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;
using MeetingBot.Coordination.Tests.Fixtures;

namespace MeetingBot.Coordination.Tests.People;

/// <summary>The unit tree (county → town committees → branches) and who may see which unit's meetings.</summary>
public sealed class UnitScopeTests
{
    private const string County = "某县";
    private const string TownA = "某县/东镇党委";
    private const string TownB = "某县/西镇党委";
    private const string BranchA = "某县/东镇党委/东村支部";

    private static readonly DirectoryPerson Admin = new("u-admin", "赵敏", null, null, null, null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson CountyOverseer = Person("u-county", "组织部老周", County, OrganisationRole.Overseer);
    private static readonly DirectoryPerson TownBOverseer = Person("u-townb", "西镇组织委员", TownB, OrganisationRole.Overseer);
    private static readonly DirectoryPerson TownAMember = Person("u-towna", "东镇干部", TownA);
    private static readonly DirectoryPerson Secretary = Person("u-sec", "王秘书", TownA, OrganisationRole.Organiser) with
    {
        Identities = [new ChannelIdentity(IdentityKinds.WebChat, SeedTeam.Secretary.UserId)],
    };

    private static readonly PeopleDirectory Directory = PeopleDirectory.Empty with
    {
        People = [Admin, CountyOverseer, TownBOverseer, TownAMember, Secretary],
    };

    [Theory]
    [InlineData("某县 ／ 东镇党委/", "某县/东镇党委")]
    [InlineData("某县>东镇党委>东村支部", BranchA)]
    [InlineData("党政办", "党政办")]
    [InlineData("  ", null)]
    public void AUnitPath_IsReadWhateverSlashesAndSpacesWereTyped(string typed, string? expected) =>
        Assert.Equal(expected, UnitPath.Normalise(typed));

    [Fact]
    public void AUnit_IsAtOrBelowItsAncestors_NeverBelowASiblingWhoseNameItStartsWith()
    {
        Assert.True(UnitPath.IsAtOrBelow(BranchA, County));
        Assert.True(UnitPath.IsAtOrBelow(BranchA, TownA));
        Assert.True(UnitPath.IsAtOrBelow(TownA, TownA));
        Assert.False(UnitPath.IsAtOrBelow(TownA, BranchA));
        Assert.False(UnitPath.IsAtOrBelow(BranchA, TownB));
        Assert.False(UnitPath.IsAtOrBelow("某县/东镇党委二", TownA));
        Assert.False(UnitPath.IsAtOrBelow(null, County));
    }

    [Fact]
    public void ACountyOverseer_SeesEveryUnitBelow_ATownOverseerOnlyHisOwnBranchOfTheTree()
    {
        Assert.True(UnitScope.MaySee(Directory, CountyOverseer, BranchA));
        Assert.True(UnitScope.MaySee(Directory, CountyOverseer, TownB));
        Assert.True(UnitScope.MaySee(Directory, TownBOverseer, "某县/西镇党委/西村支部"));
        Assert.False(UnitScope.MaySee(Directory, TownBOverseer, TownA));
        Assert.False(UnitScope.MaySee(Directory, TownBOverseer, BranchA));
        Assert.False(UnitScope.MaySee(Directory, TownBOverseer, County));
    }

    [Fact]
    public void AUnitsPeople_SeeTheirOwnUnit_NotTheUnitsBelowOrBeside_AndAdministratorsSeeNoMeetingByThatRole()
    {
        Assert.True(UnitScope.MaySee(Directory, TownAMember, TownA));
        Assert.False(UnitScope.MaySee(Directory, TownAMember, BranchA));
        Assert.False(UnitScope.MaySee(Directory, TownAMember, TownB));
        Assert.False(UnitScope.MaySee(Directory, Admin, TownA));
        Assert.False(UnitScope.MaySee(Directory, null, TownA));
        Assert.False(UnitScope.MaySee(Directory, CountyOverseer with { Id = "u-forged" }, TownA));
    }

    [Fact]
    public void AMeetingWithoutAUnit_BelongsToItsSecretarysUnit()
    {
        var meeting = MeetingDesk.SeedMeeting().Meeting;

        Assert.Null(meeting.Unit);
        Assert.Equal(TownA, UnitScope.UnitOf(meeting, Directory));
        Assert.Equal(BranchA, UnitScope.UnitOf(meeting with { Unit = BranchA }, Directory));
        Assert.True(UnitScope.MaySee(Directory, CountyOverseer, meeting));
        Assert.False(UnitScope.MaySee(Directory, TownBOverseer, meeting));
    }

    [Fact]
    public void TheSuperiorsView_IsRefusedToAnyoneButAnOverseer_AndOutsideHisBranch_WithWhatToDo()
    {
        var member = UnitScope.MayOversee(Directory, TownAMember);
        var sibling = UnitScope.MayOversee(Directory, TownBOverseer, TownA);

        Assert.Equal(FailureCodes.OverseerOnly, member?.Code);
        Assert.Contains("管理员", FailureTexts.For(member!).ZhCn, StringComparison.Ordinal);
        Assert.Equal(FailureCodes.UnitNotOverseen, sibling?.Code);
        Assert.Contains("某县/东镇党委", FailureTexts.For(sibling!).ZhCn, StringComparison.Ordinal);
        Assert.Contains("units", FailureTexts.For(sibling!).En, StringComparison.Ordinal);
        Assert.Null(UnitScope.MayOversee(Directory, CountyOverseer, BranchA));
    }

    [Fact]
    public void TheOverseerRole_IsReadFromARosterOrTheCommandLine() =>
        Assert.Equal([OrganisationRole.Organiser, OrganisationRole.Overseer], OrganisationRoleNames.ParseList("组织者、上级党委", out _));

    private static DirectoryPerson Person(string id, string name, string unit, params OrganisationRole[] roles) =>
        new(id, name, unit, null, null, null, roles, []);
}
