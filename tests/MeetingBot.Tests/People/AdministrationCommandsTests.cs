using System.Text.Json.Nodes;
using MeetingBot.Chat.Administration;
using MeetingBot.Coordination.People;
using MeetingBot.Localization;
using MeetingBot.People.Roster;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.People;

/// <summary>管理员 commands as transcripts: the administrator keeps the directory in 1:1 chat; nobody else may.</summary>
public sealed class AdministrationCommandsTests(DirectoryAdministrationFactory host) : IClassFixture<DirectoryAdministrationFactory>
{
    private async Task<List<string>> SayAsync(string userId, string text, bool inGroup = false, JsonArray? attachments = null, string locale = "zh-CN")
    {
        using var client = host.Factory.CreateClient();
        var message = ActivityJson.Message(text, "directline").In(locale).ExpectingReplies();
        message["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        message["conversation"] = inGroup
            ? new JsonObject { ["id"] = "group-" + Guid.NewGuid().ToString("N"), ["isGroup"] = true, ["conversationType"] = "groupChat" }
            : new JsonObject { ["id"] = "dm-" + userId };
        if (attachments is not null)
        {
            message["attachments"] = attachments;
        }

        return await SeededMeeting.SendAsync(client, message);
    }

    private async Task<string> AdminAsync() => (await host.AdministratorAsync()).WebChatUserId;

    private static string Unique(string name) => name + Guid.NewGuid().ToString("N")[..4];

    [Fact]
    public async Task TheConfiguredAdministrator_AddsAPerson_AndGrantsHimOrganiser()
    {
        var admin = await AdminAsync();
        var name = Unique("李娜");

        var added = Assert.Single(await SayAsync(admin, $"管理员 添加 {name} 党政办 科员 139-1000-0001"));
        var granted = Assert.Single(await SayAsync(admin, $"管理员 授权 {name} 组织者"));

        Assert.Equal($"已添加：{name}（党政办·科员）。", added);
        Assert.Equal($"{name}（党政办·科员）现在是组织者。", granted);
        var person = (await host.Store.GetAsync(CancellationToken.None)).Matching(name).Single();
        Assert.Equal("13910000001", person.Phone);
        Assert.True(person.Holds(OrganisationRole.Organiser));
    }

    [Fact]
    public async Task SomeoneWhoIsNoAdministrator_IsRefused_WithTheAdministratorsNamed()
    {
        var reply = Assert.Single(await SayAsync("dl_stranger", "管理员 添加 路人甲"));

        Assert.Equal("只有管理员可以维护人员名录。管理员：赵敏（党政办）。", reply);
        Assert.Empty((await host.Store.GetAsync(CancellationToken.None)).Matching("路人甲"));
    }

    [Fact]
    public async Task InAGroup_NothingIsShown()
    {
        // Addressed to the bot (a group message that is not is no command at all), and still refused there.
        Assert.Equal([AdministrationTexts.PersonalOnly.ZhCn], await SayAsync(await AdminAsync(), "@会议助手 管理员 人员", inGroup: true));
        Assert.Empty(await SayAsync(await AdminAsync(), "管理员 人员", inGroup: true));
    }

    [Fact]
    public async Task ASharedName_IsAskedBack_WithLabels_AndTheUnitPicksOne()
    {
        var admin = await AdminAsync();
        var name = Unique("王伟");
        await SayAsync(admin, $"管理员 添加 {name} 党政办 科员");
        await SayAsync(admin, $"管理员 添加 {name} 财政所 所长");

        var asked = Assert.Single(await SayAsync(admin, $"管理员 删除 {name}"));
        var removed = Assert.Single(await SayAsync(admin, $"管理员 删除 {name}（财政所）"));

        Assert.Equal($"“{name}”对应多位人员：{name}（党政办·科员）、{name}（财政所·所长）。请写明单位或职务，如：姓名（单位）。", asked);
        Assert.Equal($"已从名录删除：{name}（财政所·所长）。", removed);
        Assert.Single((await host.Store.GetAsync(CancellationToken.None)).Matching(name));
    }

    [Fact]
    public async Task Change_RewritesTheNamedFields()
    {
        var admin = await AdminAsync();
        var name = Unique("陈刚");
        await SayAsync(admin, $"管理员 添加 {name} 组织办");

        var reply = Assert.Single(await SayAsync(admin, $"管理员 修改 {name} 职务=组织委员 手机号=13910000009"));

        Assert.Equal($"已修改：{name}（组织办·组织委员）。", reply);
        Assert.Equal("13910000009", (await host.Store.GetAsync(CancellationToken.None)).Matching(name).Single().Phone);
    }

    [Fact]
    public async Task Change_SetsAndClearsThePlatformAccounts_OneAccountOnePerson()
    {
        var admin = await AdminAsync();
        var name = Unique("周强");
        var other = Unique("吴敏");
        await SayAsync(admin, $"管理员 添加 {name} 组织办");
        await SayAsync(admin, $"管理员 添加 {other} 组织办");
        var wecom = "zq" + Guid.NewGuid().ToString("N")[..6];

        Assert.StartsWith("已修改", Assert.Single(await SayAsync(admin, $"管理员 修改 {name} 企业微信帐号={wecom} 钉钉账号=dd-{wecom}")), StringComparison.Ordinal);
        var directory = await host.Store.GetAsync(CancellationToken.None);
        Assert.Equal(name, directory.FindByIdentity(IdentityKinds.WeCom, wecom)?.Name);
        Assert.Equal(name, directory.FindByIdentity(IdentityKinds.DingTalk, "dd-" + wecom)?.Name);

        // Someone else's account is refused, naming its holder; nothing changes.
        var refused = Assert.Single(await SayAsync(admin, $"管理员 修改 {other} 企业微信帐号={wecom}"));
        Assert.Contains(name, refused, StringComparison.Ordinal);
        Assert.Equal(name, (await host.Store.GetAsync(CancellationToken.None)).FindByIdentity(IdentityKinds.WeCom, wecom)?.Name);

        // An empty value clears it.
        await SayAsync(admin, $"管理员 修改 {name} 钉钉账号=");
        Assert.Null((await host.Store.GetAsync(CancellationToken.None)).FindByIdentity(IdentityKinds.DingTalk, "dd-" + wecom));
    }

    [Fact]
    public async Task TheLastAdministrator_CannotBeRevoked()
    {
        var reply = Assert.Single(await SayAsync(await AdminAsync(), "管理员 撤销 13800000001 管理员"));

        Assert.StartsWith("赵敏是最后一位管理员", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheList_ShowsLabelsAndRoles_AndEnglishForAnEnglishUser()
    {
        var zh = Assert.Single(await SayAsync(await AdminAsync(), "管理员 人员"));
        var en = Assert.Single(await SayAsync(await AdminAsync(), "admin people", locale: "en-US"));

        Assert.StartsWith("人员名录（共", zh, StringComparison.Ordinal);
        Assert.Contains("赵敏（党政办） 13800000001 [管理员]", zh, StringComparison.Ordinal);
        Assert.Contains("[administrator]", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARosterWithABadRow_ChangesNothing_ThenSkippingImportsTheRest()
    {
        var admin = await AdminAsync();
        var good = Unique("周强");
        var csv = $"姓名,单位,职务,手机号\r\n{good},党政办,科员,13920000001\r\n,党政办,科员,13920000002\r\n";

        var refused = Assert.Single(await SayAsync(admin, "管理员 导入", attachments: Csv(csv)));
        Assert.Contains("第3行：姓名为空", refused, StringComparison.Ordinal);
        Assert.Contains(AdministrationTexts.ImportSkipHint.ZhCn, refused, StringComparison.Ordinal);
        Assert.Empty((await host.Store.GetAsync(CancellationToken.None)).Matching(good));

        var imported = Assert.Single(await SayAsync(admin, "管理员 导入 跳过错误行", attachments: Csv(csv)));
        Assert.StartsWith("花名册已导入：新增1人，更新0人，0人无变化。", imported, StringComparison.Ordinal);
        Assert.Single((await host.Store.GetAsync(CancellationToken.None)).Matching(good));
    }

    [Fact]
    public async Task Import_WithoutAFile_SaysHow()
    {
        Assert.Equal([AdministrationTexts.ImportNoFile.ZhCn], await SayAsync(await AdminAsync(), "管理员 导入"));
    }

    [Fact]
    public async Task Export_GivesALinkToAnXlsxThatReadsBackAsTheDirectory()
    {
        var reply = Assert.Single(await SayAsync(await AdminAsync(), "管理员 导出"));
        var url = reply.Split('\n').Select(l => l[(l.IndexOf("http", StringComparison.Ordinal) is var i and >= 0 ? i : 0)..]).Last(l => l.StartsWith("http", StringComparison.Ordinal));

        using var client = host.Factory.CreateClient();
        var file = await client.GetByteArrayAsync(new Uri(url).PathAndQuery);

        var rows = Assert.IsType<RosterReading.Rows>(RosterFile.Read(file, RosterFormat.Xlsx)).Values;
        Assert.Contains(rows, r => r.Name == "赵敏" && r.Roles == "管理员");
    }

    private static JsonArray Csv(string text) =>
    [
        new JsonObject
        {
            ["contentType"] = "text/csv",
            ["name"] = "花名册.csv",
            ["contentUrl"] = "data:text/csv;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text)),
        },
    ];
}
