using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

/// <summary>
/// On a county's tree, each town keeps its own people: the town office's administrator adds, changes, removes and
/// grants roles in his town and below, never in another town; the county's organisation department keeps the whole
/// county. One town's flat directory (党政办, 财政所) keeps working as before: its administrator keeps everyone.
/// </summary>
public sealed class UnitAdministrationTests
{
    private const string East = "某县/东镇党委";
    private const string West = "某县/西镇党委";

    private static readonly DirectoryPerson County = new("u-county", "周部长", "某县", "部长", "13800000010", null, [OrganisationRole.Administrator, OrganisationRole.Overseer], []);
    private static readonly DirectoryPerson EastOffice = new("u-east", "钱主任", East, "党政办主任", "13800000011", null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson EastMember = new("u-east-1", "孙伟", East + "/东村支部", "书记", "13800000012", null, [], []);
    private static readonly DirectoryPerson WestMember = new("u-west-1", "李明", West, "委员", "13800000013", null, [], []);

    private static PeopleDirectory Tree() => PeopleDirectory.Empty with { People = [County, EastOffice, EastMember, WestMember] };

    private static DirectoryPerson Newcomer(string unit) => new("u-new", "吴芳", unit, null, null, null, [], []);

    [Fact]
    public void ATownsAdministrator_KeepsHisTownAndBelow()
    {
        Assert.True(DirectoryChanges.Add(Tree(), EastOffice, Newcomer(East + "/南村支部")).IsSuccess);
        Assert.True(DirectoryChanges.Update(Tree(), EastOffice, EastMember with { Title = "支部书记" }).IsSuccess);
        Assert.True(DirectoryChanges.Grant(Tree(), EastOffice, EastMember.Id, OrganisationRole.Organiser).IsSuccess);
        Assert.True(DirectoryChanges.Remove(Tree(), EastOffice, EastMember.Id).IsSuccess);
    }

    [Fact]
    public void ATownsAdministrator_TouchesNoOneInAnotherTown_AndIsToldWhose()
    {
        var added = DirectoryChanges.Add(Tree(), EastOffice, Newcomer(West));
        var changed = DirectoryChanges.Update(Tree(), EastOffice, WestMember with { Title = "副书记" });
        var granted = DirectoryChanges.Grant(Tree(), EastOffice, WestMember.Id, OrganisationRole.Organiser);
        var removed = DirectoryChanges.Remove(Tree(), EastOffice, WestMember.Id);
        var linked = DirectoryChanges.Link(Tree(), EastOffice, WestMember.Id, new ChannelIdentity(IdentityKinds.TeamsAadObjectId, "aad-west"));
        // Nor move his own person out of his town, nor into the county above it.
        var movedOut = DirectoryChanges.Update(Tree(), EastOffice, EastMember with { Unit = West });
        var movedUp = DirectoryChanges.Update(Tree(), EastOffice, EastMember with { Unit = "某县" });

        foreach (var outcome in new[] { added, changed, granted, removed, linked, movedOut, movedUp })
        {
            Assert.Equal(FailureCodes.UnitNotAdministered, outcome.Failure?.Code);
        }

        var text = FailureTexts.For(added.Failure!);
        Assert.Contains(West, text.ZhCn, StringComparison.Ordinal);
        Assert.Contains(East + "及其下级单位", text.ZhCn, StringComparison.Ordinal);
        Assert.Contains("周部长", text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCountysAdministrator_AndTheServiceItself_KeepTheWholeTree()
    {
        Assert.True(DirectoryChanges.Add(Tree(), County, Newcomer(West)).IsSuccess);
        Assert.True(DirectoryChanges.Update(Tree(), County, EastMember with { Unit = West }).IsSuccess);
        Assert.True(DirectoryChanges.Add(Tree(), null, Newcomer(West)).IsSuccess);
    }

    [Fact]
    public void OneTownsFlatDirectory_KeepsItsAdministratorForEveryone()
    {
        var office = new DirectoryPerson("u-admin", "赵敏", "党政办", "主任", "13800000001", null, [OrganisationRole.Administrator], []);
        var finance = new DirectoryPerson("u-fin", "王伟", "财政所", "所长", "13800000003", null, [], []);
        var flat = PeopleDirectory.Empty with { People = [office, finance] };

        Assert.True(DirectoryChanges.Update(flat, office, finance with { Title = "副所长" }).IsSuccess);
        Assert.True(DirectoryChanges.Add(flat, office, Newcomer("组织办")).IsSuccess);
    }

    [Fact]
    public void ATownsAdministrator_ImportingARosterWithAnotherTownsRow_ChangesNothing()
    {
        var next = 0;
        var import = RosterImport.Read(Tree(), [new RosterRow(2, "吴芳", East, null, null), new RosterRow(3, "郑强", West, null, null)], [], () => "n" + ++next);

        Assert.Empty(import.Refused);
        Assert.Equal(FailureCodes.UnitNotAdministered, import.ApplyTo(Tree(), EastOffice, skipBadRows: true).Failure?.Code);
        Assert.True(import.ApplyTo(Tree(), County, skipBadRows: false).IsSuccess);
    }
}
