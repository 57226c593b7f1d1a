using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

public sealed class DirectoryBootstrapTests
{
    private static readonly AdministratorEntry Zhao = new("赵敏", "党政办", "主任", "13800000001", null, null);
    private static readonly AdministratorEntry Teams = new("钱进", null, null, null, null, "aad-qian");

    private static string NewId() => "u" + Guid.NewGuid().ToString("N");

    [Fact]
    public void AnEmptyDirectory_GetsTheConfiguredAdministrators()
    {
        var result = DirectoryBootstrap.Apply(PeopleDirectory.Empty, [Zhao, Teams], NewId);

        Assert.Equal(2, result.Added);
        Assert.All(result.Directory.People, p => Assert.True(p.Holds(OrganisationRole.Administrator)));
        Assert.Equal("钱进", result.Directory.FindByIdentity(IdentityKinds.TeamsAadObjectId, "aad-qian")?.Name);
    }

    [Fact]
    public void ASecondStart_ChangesNothing()
    {
        var first = DirectoryBootstrap.Apply(PeopleDirectory.Empty, [Zhao, Teams], NewId).Directory;

        var second = DirectoryBootstrap.Apply(first, [Zhao, Teams], NewId);

        Assert.Same(first, second.Directory);
        Assert.Equal(0, second.Added);
    }

    [Fact]
    public void APersonAlreadyInTheDirectory_IsGivenTheRole_NotAddedAgain()
    {
        var existing = new DirectoryPerson("u1", "赵敏", null, null, "138-0000-0001", null, [], []);
        var teams = new DirectoryPerson("u2", "钱进", null, null, null, null, [], [new(IdentityKinds.TeamsAadObjectId, "aad-qian")]);

        var result = DirectoryBootstrap.Apply(PeopleDirectory.Empty with { People = [existing, teams] }, [Zhao, Teams], NewId);

        Assert.Equal((0, 2), (result.Added, result.Granted));
        Assert.Equal(2, result.Directory.People.Count);
        Assert.All(result.Directory.People, p => Assert.True(p.Holds(OrganisationRole.Administrator)));
    }
}
