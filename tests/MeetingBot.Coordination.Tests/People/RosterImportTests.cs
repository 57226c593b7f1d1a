using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.People;

namespace MeetingBot.Coordination.Tests.People;

public sealed class RosterImportTests
{
    private static readonly DirectoryPerson Admin = new("u-admin", "赵敏", "党政办", "主任", "13800000001", null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson Wang = new("u-wang", "王伟", "财政所", "所长", "13800000003", "wang@example.cn", [], []);

    private static PeopleDirectory Directory() => PeopleDirectory.Empty with { People = [Admin, Wang] };

    private static RosterImport Read(PeopleDirectory directory, IReadOnlyCollection<string>? units, params RosterRow[] rows)
    {
        var next = 0;
        return RosterImport.Read(directory, rows, units ?? [], () => "new" + ++next);
    }

    private static RosterRefusal RefusalOf(RosterImport import, int row) => Assert.Single(import.Refused, r => r.Row == row);

    [Fact]
    public void AGoodRoster_AddsEveryone_WithNewIdsAndTheirRoles()
    {
        var import = Read(Directory(), null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001"),
            new RosterRow(3, "陈刚", "组织办", "组织委员", "138 0000 0009", "chen@example.cn", "组织者"));

        Assert.Empty(import.Refused);
        Assert.Equal(["new1", "new2"], import.Added.Select(p => p.Id));
        Assert.Equal("13800000009", import.Added[1].Phone);
        Assert.Equal([OrganisationRole.Organiser], import.Added[1].Roles);
        var applied = import.ApplyTo(Directory(), Admin, skipBadRows: false);
        Assert.Equal(4, applied.Value.People.Count);
        Assert.Equal(1, applied.Value.Version);
    }

    [Fact]
    public void UnitPaths_AreTakenInOneSpelling_WithTheOverseerRole_AndCheckedAgainstTheConfiguredUnits()
    {
        var import = Read(Directory(), ["某县", "某县/东镇党委"],
            new RosterRow(2, "周组织", "某县", "组织部部长", "13900000011", null, "上级党委"),
            new RosterRow(3, "吴秘书", " 某县 ／ 东镇党委 ", "党委秘书", "13900000012", null, "组织者"),
            new RosterRow(4, "郑干部", "某县/西镇党委", "干部", "13900000013"));

        Assert.Equal([("某县", OrganisationRole.Overseer), ("某县/东镇党委", OrganisationRole.Organiser)],
            import.Added.Select(p => (p.Unit!, p.Roles.Single())));
        Assert.Equal(RosterRefusalReasons.UnknownUnit, RefusalOf(import, 4).Reason);
    }

    [Fact]
    public void AnEmptyName_IsRefused()
    {
        var import = Read(Directory(), null, new RosterRow(2, " ", "党政办", "科员", "13900000001"));

        Assert.Equal(RosterRefusalReasons.EmptyName, RefusalOf(import, 2).Reason);
        Assert.Equal("第2行：姓名为空", RefusalOf(import, 2).Text.ZhCn);
    }

    [Theory]
    [InlineData("1390000000")]
    [InlineData("23900000001")]
    [InlineData("12345678")]
    [InlineData("手机")]
    public void AMalformedPhone_IsRefused(string phone)
    {
        var import = Read(Directory(), null, new RosterRow(4, "李娜", "党政办", "科员", phone));

        var refusal = RefusalOf(import, 4);
        Assert.Equal(RosterRefusalReasons.MalformedPhone, refusal.Reason);
        Assert.Contains(phone, refusal.Text.ZhCn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("010-12345678", "010-12345678")]
    [InlineData("0755 88886666", "0755-88886666")]
    [InlineData("(021)12345678", "021-12345678")]
    [InlineData("+86 139-0000-0001", "13900000001")]
    [InlineData("１３９０００００００１", "13900000001")]
    public void MobilesAndLandlinesWithAreaCodes_AreTaken(string typed, string stored)
    {
        var import = Read(Directory(), null, new RosterRow(2, "李娜", "党政办", "科员", typed));

        Assert.Empty(import.Refused);
        Assert.Equal(stored, Assert.Single(import.Added).Phone);
    }

    [Fact]
    public void APhoneTwiceInTheFile_IsRefusedOnTheLaterRow()
    {
        var import = Read(Directory(), null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001"),
            new RosterRow(3, "陈刚", "组织办", "科员", "139-0000-0001"));

        var refusal = RefusalOf(import, 3);
        Assert.Equal(RosterRefusalReasons.DuplicatePhoneInFile, refusal.Reason);
        Assert.Equal("2", refusal.Detail);
        Assert.DoesNotContain(import.Refused, r => r.Row == 2);
    }

    [Fact]
    public void APhoneOfSomeoneElseInTheDirectory_IsRefused_NotRenamingThem()
    {
        var import = Read(Directory(), null, new RosterRow(2, "李娜", "党政办", "科员", "13800000003"));

        var refusal = RefusalOf(import, 2);
        Assert.Equal(RosterRefusalReasons.DuplicatePhoneInDirectory, refusal.Reason);
        Assert.Contains("王伟（财政所·所长）", refusal.Text.ZhCn, StringComparison.Ordinal);
        Assert.Empty(import.Updated);
    }

    [Fact]
    public void AnUnknownUnit_IsRefused_OnlyWhenUnitsAreConfigured()
    {
        var row = new RosterRow(2, "李娜", "宣传办", "科员", "13900000001");

        Assert.Equal(RosterRefusalReasons.UnknownUnit, RefusalOf(Read(Directory(), ["党政办", "财政所"], row), 2).Reason);
        Assert.Empty(Read(Directory(), [], row).Refused);
        Assert.Empty(Read(Directory(), ["党政办", "宣传办"], row).Refused);
    }

    [Fact]
    public void TheSamePersonTwiceInTheFile_IsADuplicateRow()
    {
        var import = Read(Directory(), null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001"),
            new RosterRow(5, "李 娜", "党政办", "副主任", null));

        var refusal = RefusalOf(import, 5);
        Assert.Equal(RosterRefusalReasons.DuplicateRow, refusal.Reason);
        Assert.Equal("2", refusal.Detail);
    }

    [Fact]
    public void AnUnknownRoleOrEmail_IsRefused()
    {
        var import = Read(Directory(), null,
            new RosterRow(2, "李娜", "党政办", "科员", null, null, "书记"),
            new RosterRow(3, "陈刚", "党政办", "科员", null, "not-an-address"));

        Assert.Equal(RosterRefusalReasons.UnknownRole, RefusalOf(import, 2).Reason);
        Assert.Equal(RosterRefusalReasons.MalformedEmail, RefusalOf(import, 3).Reason);
    }

    [Fact]
    public void AnyRefusedRow_ChangesNothing_UnlessBadRowsAreSkipped()
    {
        var directory = Directory();
        var import = Read(directory, null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001"),
            new RosterRow(3, "", "党政办", "科员", "13900000002"),
            new RosterRow(4, "陈刚", "党政办", "科员", "1390000"));

        var refused = import.ApplyTo(directory, Admin, skipBadRows: false);
        Assert.Equal(FailureCodes.RosterRefused, refused.Failure?.Code);
        Assert.Equal("2", refused.Failure!.Data["count"]);

        var skipped = import.ApplyTo(directory, Admin, skipBadRows: true).Value;
        Assert.Equal(3, skipped.People.Count);
        Assert.Contains(skipped.People, p => p.Name == "李娜");
    }

    [Fact]
    public void ARowOfAnExistingPerson_UpdatesThem_BySamePhoneOrByNameAndUnit()
    {
        var directory = Directory();
        var byPhone = Read(directory, null, new RosterRow(2, "王伟", "党政办", "副主任", "138-0000-0003"));
        var byNameAndUnit = Read(directory, null, new RosterRow(2, "王伟", "财政所", null, "13900000009", null, "组织者"));

        var moved = Assert.Single(byPhone.Updated);
        Assert.Equal(("u-wang", "党政办", "副主任"), (moved.Id, moved.Unit, moved.Title));
        Assert.Empty(byPhone.Added);
        var rephoned = Assert.Single(byNameAndUnit.Updated);
        Assert.Equal(("u-wang", "13900000009", "所长", "wang@example.cn"), (rephoned.Id, rephoned.Phone, rephoned.Title, rephoned.Email));
        Assert.Equal([OrganisationRole.Organiser], rephoned.Roles);

        var applied = byPhone.ApplyTo(directory, Admin, skipBadRows: false).Value;
        Assert.Equal(2, applied.People.Count);
        Assert.Equal("党政办", applied.Find("u-wang")!.Unit);
    }

    [Fact]
    public void ImportingTheSameRosterAgain_ChangesNothing()
    {
        var directory = Directory();
        var row = new RosterRow(2, "王伟", "财政所", "所长", "13800000003");

        var import = Read(directory, null, row);

        Assert.Equal(1, import.Unchanged);
        Assert.Same(directory, import.ApplyTo(directory, Admin, skipBadRows: false).Value);
    }

    [Fact]
    public void OnlyAnAdministrator_Imports()
    {
        var import = Read(Directory(), null, new RosterRow(2, "李娜", "党政办", "科员", "13900000001"));

        Assert.Equal(FailureCodes.AdministratorOnly, import.ApplyTo(Directory(), Wang, skipBadRows: true).Failure?.Code);
    }

    [Fact]
    public void BlankRows_AreNeitherTakenNorRefused()
    {
        var import = Read(Directory(), null, new RosterRow(2, null, " ", null, null));

        Assert.Empty(import.Added);
        Assert.Empty(import.Refused);
    }

    [Fact]
    public void EveryReason_HasItsWording()
    {
        foreach (var reason in typeof(RosterRefusalReasons).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!))
        {
            Assert.True(RosterRefusalReasons.Covers(reason), reason);
        }
    }

    private static Dictionary<string, string?> Teams(string id) => new() { [IdentityKinds.TeamsAadObjectId] = id };

    [Fact]
    public void ATeamsObjectId_InTheRoster_IsHowTeamsVouchesForThatPerson()
    {
        var import = Read(Directory(), null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001", Identities: Teams("aad-li")),
            new RosterRow(3, "王伟", "财政所", "所长", "13800000003", Identities: Teams("aad-wang")));

        Assert.Empty(import.Refused);
        var applied = import.ApplyTo(Directory(), Admin, skipBadRows: false).Value;
        Assert.Equal("李娜", applied.FindByIdentity(IdentityKinds.TeamsAadObjectId, "aad-li")?.Name);
        // An existing person matched by phone and name gets the id; nothing else of his changes.
        Assert.Equal("u-wang", applied.FindByIdentity(IdentityKinds.TeamsAadObjectId, "aad-wang")?.Id);
        Assert.Single(import.Updated);
    }

    [Fact]
    public void ATeamsObjectId_ThatIsSomeoneElses_OrRepeatsARow_IsRefused_AndNeverMoved()
    {
        var linked = Directory() with { People = [Admin, Wang with { Identities = [new ChannelIdentity(IdentityKinds.TeamsAadObjectId, "aad-wang")] }] };
        var import = Read(linked, null,
            new RosterRow(2, "李娜", "党政办", "科员", "13900000001", Identities: Teams("aad-wang")),
            new RosterRow(3, "陈刚", "组织办", null, null, Identities: Teams("aad-chen")),
            new RosterRow(4, "周强", "组织办", null, null, Identities: Teams("aad-chen")));

        Assert.Equal(RosterRefusalReasons.DuplicateIdentityInDirectory, RefusalOf(import, 2).Reason);
        Assert.Contains("王伟", RefusalOf(import, 2).Detail, StringComparison.Ordinal);
        Assert.Equal(RosterRefusalReasons.DuplicateIdentityInFile, RefusalOf(import, 4).Reason);
        Assert.Equal("3", RefusalOf(import, 4).Detail);
        Assert.Equal("第2行：平台账号已属于名录中的" + RefusalOf(import, 2).Detail, RosterRefusalReasons.TextOf(RefusalOf(import, 2)).ZhCn);
    }

    [Fact]
    public void ARosterThatRepeatsTheSameTeamsObjectId_ForTheSamePerson_ChangesNothing()
    {
        var linked = Directory() with { People = [Admin, Wang with { Identities = [new ChannelIdentity(IdentityKinds.TeamsAadObjectId, "aad-wang")] }] };

        var import = Read(linked, null, new RosterRow(2, "王伟", "财政所", "所长", "13800000003", "wang@example.cn", Identities: Teams("aad-wang")));

        Assert.Empty(import.Refused);
        Assert.Empty(import.Updated);
        Assert.Equal(1, import.Unchanged);
    }
}
