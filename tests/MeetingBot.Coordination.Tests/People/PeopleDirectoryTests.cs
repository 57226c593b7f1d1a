using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

public sealed class PeopleDirectoryTests
{
    private static readonly DirectoryPerson Admin = new("u-admin", "赵敏", "党政办", "主任", "13800000001", null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson WangOffice = new("u-w1", "王伟", "党政办", "科员", "13800000002", null, [], [new(IdentityKinds.WebChat, "u-w1")]);
    private static readonly DirectoryPerson WangFinance = new("u-w2", "王伟", "财政所", "所长", "13800000003", null, [], []);

    private static PeopleDirectory Three() => PeopleDirectory.Empty with { People = [Admin, WangOffice, WangFinance] };

    [Fact]
    public void ANameSharedByTwo_MatchesBoth_AndAQualifierPicksOne()
    {
        var directory = Three();

        Assert.Equal(2, directory.Matching("王伟").Count);
        Assert.Equal("u-w2", Assert.Single(directory.Matching("王伟（财政所）")).Id);
        Assert.Equal("u-w1", Assert.Single(directory.Matching("@王伟 党政办")).Id);
        Assert.Empty(directory.Matching("王 五"));
    }

    [Fact]
    public void Labels_TellSameNamePeopleApart()
    {
        Assert.Equal("王伟（党政办·科员）", WangOffice.Label);
        Assert.True(Three().IsShared("王伟"));
    }

    [Fact]
    public void OnlyAnAdministrator_ChangesTheDirectory_AndTheRefusalNamesThem()
    {
        var outcome = DirectoryChanges.Grant(Three(), WangOffice, WangFinance.Id, OrganisationRole.Organiser);

        Assert.Equal(FailureCodes.AdministratorOnly, outcome.Failure?.Code);
        Assert.Contains("赵敏", outcome.Failure!.Data["administrators"], StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdministrator_GrantsOrganiser_AndTheVersionMovesOn()
    {
        var outcome = DirectoryChanges.Grant(Three(), Admin, WangFinance.Id, OrganisationRole.Organiser);

        Assert.True(outcome.Value.Find(WangFinance.Id)!.Holds(OrganisationRole.Organiser));
        Assert.Equal(1, outcome.Value.Version);
    }

    [Fact]
    public void AChannelIdentity_BelongsToOnePerson()
    {
        var outcome = DirectoryChanges.Link(Three(), null, WangFinance.Id, new ChannelIdentity(IdentityKinds.WebChat, "u-w1"));

        Assert.Equal(FailureCodes.DuplicateIdentity, outcome.Failure?.Code);
        Assert.Equal("u-w1", Three().FindByIdentity(IdentityKinds.WebChat, "u-w1")?.Id);
        Assert.Null(Three().FindByIdentity(IdentityKinds.WebChat, ""));
    }

    [Fact]
    public void ThePhone_IsUnique()
    {
        var outcome = DirectoryChanges.Add(Three(), Admin, new DirectoryPerson("u-new", "李敏", null, null, "13800000003", null, [], []));

        Assert.Equal(FailureCodes.DuplicatePhone, outcome.Failure?.Code);
    }

    [Fact]
    public void TheLastAdministrator_CannotBeRemoved()
    {
        Assert.Equal(FailureCodes.LastAdministrator, DirectoryChanges.Remove(Three(), null, Admin.Id).Failure?.Code);
        Assert.Equal(FailureCodes.LastAdministrator, DirectoryChanges.Revoke(Three(), null, Admin.Id, OrganisationRole.Administrator).Failure?.Code);
    }
}
