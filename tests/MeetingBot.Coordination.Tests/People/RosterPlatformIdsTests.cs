using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

/// <summary>
/// The platform ids of a contact export (WeCom 帐号, DingTalk userId and unionId) go with their person: onto someone
/// new, onto the person a row matches (replacing that platform's id, an empty cell keeping it), and never onto a
/// second person — one account is one person.
/// </summary>
public sealed class RosterPlatformIdsTests
{
    private static readonly DirectoryPerson Admin = new("u-admin", "赵敏", "党政办", "主任", "13800000001", null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson Wang = new("u-wang", "王伟", "财政所", "所长", "13800000003", null, [], [new(IdentityKinds.WeCom, "wangwei")]);

    private static PeopleDirectory Directory() => PeopleDirectory.Empty with { People = [Admin, Wang] };

    private static RosterImport Read(params RosterRow[] rows)
    {
        var next = 0;
        return RosterImport.Read(Directory(), rows, [], () => "new" + ++next);
    }

    private static RosterRow Row(int number, string name, string phone, params ChannelIdentity[] ids) =>
        new(number, name, "党政办", null, phone, Identities: ids.ToDictionary(i => i.Kind, i => (string?)i.Id));

    [Fact]
    public void ANewPerson_ComesWithTheirPlatformIds_AndIsFoundByThem()
    {
        var import = Read(Row(2, "李娜", "13900000001", new(IdentityKinds.WeCom, "LiNa"), new(IdentityKinds.DingTalk, "0157"), new(IdentityKinds.DingTalkUnionId, "iPiS7uXXb2")));

        Assert.Empty(import.Refused);
        var directory = import.ApplyTo(Directory(), Admin, skipBadRows: false).Value;
        Assert.Equal("李娜", directory.FindByIdentity(IdentityKinds.WeCom, "LiNa")?.Name);
        Assert.Equal("李娜", directory.FindByIdentity(IdentityKinds.DingTalk, "0157")?.Name);
        Assert.Equal("李娜", directory.FindByIdentity(IdentityKinds.DingTalkUnionId, "iPiS7uXXb2")?.Name);
    }

    [Fact]
    public void AMatchedPerson_GetsTheRowsPlatformId_AndKeepsTheOnesTheRowLeavesEmpty()
    {
        var import = Read(new RosterRow(2, "王伟", "财政所", "所长", "13800000003", Identities: new Dictionary<string, string?> { [IdentityKinds.DingTalk] = "wang-dd" }));

        var updated = Assert.Single(import.Updated);
        Assert.Equal("wangwei", updated.IdentityOn(IdentityKinds.WeCom));
        Assert.Equal("wang-dd", updated.IdentityOn(IdentityKinds.DingTalk));

        // The same row again changes nothing.
        var again = RosterImport.Read(import.ApplyTo(Directory(), Admin, false).Value, [new RosterRow(2, "王伟", "财政所", "所长", "13800000003", Identities: new Dictionary<string, string?> { [IdentityKinds.DingTalk] = "wang-dd" })], [], () => "x");
        Assert.Equal(1, again.Unchanged);
        Assert.Empty(again.Updated);
    }

    [Fact]
    public void AnAccountOfSomeoneElse_OrTwiceInTheFile_IsRefusedWithTheRowAndTheHolder()
    {
        var import = Read(
            Row(2, "李娜", "13900000001", new ChannelIdentity(IdentityKinds.WeCom, "wangwei")),
            Row(3, "陈刚", "13900000002", new ChannelIdentity(IdentityKinds.DingTalk, "0200")),
            Row(4, "周强", "13900000004", new ChannelIdentity(IdentityKinds.DingTalk, "0200")));

        var other = Assert.Single(import.Refused, r => r.Row == 2);
        Assert.Equal(RosterRefusalReasons.DuplicateIdentityInDirectory, other.Reason);
        Assert.Contains("王伟", other.Text.ZhCn, StringComparison.Ordinal);
        var repeat = Assert.Single(import.Refused, r => r.Row == 4);
        Assert.Equal(RosterRefusalReasons.DuplicateIdentityInFile, repeat.Reason);
        Assert.Contains("第3行", repeat.Text.ZhCn, StringComparison.Ordinal);
        Assert.False(import.ApplyTo(Directory(), Admin, skipBadRows: false).IsSuccess);
    }

    [Fact]
    public void AnAdministrator_SetsAndClearsAPlatformAccount_ButNotOneSomeoneElseHolds()
    {
        var linked = DirectoryChanges.Link(Directory(), Admin, Admin.Id, new ChannelIdentity(IdentityKinds.DingTalk, "zhao-dd")).Value;
        Assert.Equal("赵敏", linked.FindByIdentity(IdentityKinds.DingTalk, "zhao-dd")?.Name);
        var cleared = DirectoryChanges.Unlink(linked, Admin, Admin.Id, IdentityKinds.DingTalk).Value;
        Assert.Null(cleared.FindByIdentity(IdentityKinds.DingTalk, "zhao-dd"));
        Assert.False(DirectoryChanges.Link(Directory(), Admin, Admin.Id, new ChannelIdentity(IdentityKinds.WeCom, "wangwei")).IsSuccess);
        Assert.False(DirectoryChanges.Unlink(Directory(), Wang, Wang.Id, IdentityKinds.WeCom).IsSuccess); // not an administrator
    }
}
