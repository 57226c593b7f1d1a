using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.Tests.People;

/// <summary><c>MeetingBot directory …</c> against the real host's services: exit codes and what lands in the directory.</summary>
public sealed class DirectoryCommandLineTests(DirectoryAdministrationFactory host) : IClassFixture<DirectoryAdministrationFactory>
{
    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await DirectoryCommandLine.RunAsync(host.Factory.Services, ["directory", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AddThenGrantByPhone_AndListShowsIt()
    {
        var (added, _, _) = await RunAsync("add", "--name", "孙丽", "--unit", "宣传办", "--phone", "13930000001");
        var (granted, _, _) = await RunAsync("grant", "--person", "139-3000-0001", "--role", "organiser");
        var (listed, list, _) = await RunAsync("list");

        Assert.Equal((0, 0, 0), (added, granted, listed));
        Assert.Contains(list.Split('\n'), l => l.Contains("\t孙丽\t宣传办\t\t13930000001\torganiser", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Add_TakesThePlatformAccounts_TheAdaptersMatchBy()
    {
        var (added, _, _) = await RunAsync("add", "--name", "钱进", "--wecom", "QianJin", "--dingtalk", "0199", "--dingtalk-union", "unionQian");

        Assert.Equal(0, added);
        var directory = await host.Store.GetAsync(CancellationToken.None);
        Assert.Equal("钱进", directory.FindByIdentity(IdentityKinds.WeCom, "QianJin")?.Name);
        Assert.Equal("钱进", directory.FindByIdentity(IdentityKinds.DingTalk, "0199")?.Name);
        Assert.Equal("钱进", directory.FindByIdentity(IdentityKinds.DingTalkUnionId, "unionQian")?.Name);
    }

    [Fact]
    public async Task BadUsageOrARefusal_Exits2_WithChineseAndEnglishOnStderr()
    {
        var (usage, _, usageText) = await RunAsync("grant", "--person", "nobody");
        var (refused, _, refusal) = await RunAsync("add", "--name", "某人", "--phone", "12345");

        Assert.Equal((2, 2), (usage, refused));
        Assert.Contains("usage", usageText, StringComparison.Ordinal);
        Assert.Contains("格式不正确", refusal, StringComparison.Ordinal);
        Assert.Contains("is malformed", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAllOrNothing_ThenSkip_ThenExportReadsBack()
    {
        var folder = Directory.CreateTempSubdirectory("roster-cli-");
        try
        {
            var csv = Path.Combine(folder.FullName, "花名册.csv");
            await File.WriteAllTextAsync(csv, "姓名,部门,职务,手机号\n吴昊,财政所,所长,13940000001\n吴昊,财政所,副所长,13940000002\n");

            var (refused, _, why) = await RunAsync("import", csv);
            var (skipped, report, _) = await RunAsync("import", csv, "--skip-bad-rows");
            var export = Path.Combine(folder.FullName, "out.xlsx");
            var (exported, _, _) = await RunAsync("export", export);

            Assert.Equal((2, 0, 0), (refused, skipped, exported));
            Assert.Contains("第3行：与第2行是同一人", why, StringComparison.Ordinal);
            Assert.Contains("Row 3: the same person as row 2", why, StringComparison.Ordinal);
            Assert.StartsWith("花名册已导入：新增1人", report, StringComparison.Ordinal);
            var directory = await host.Store.GetAsync(CancellationToken.None);
            Assert.Equal("13940000001", Assert.Single(directory.Matching("吴昊")).Phone);
            Assert.True(File.Exists(export));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
