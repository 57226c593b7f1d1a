using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.People;
using MeetingBot.People;

namespace MeetingBot.WeCom.Tests.Identity;

/// <summary>
/// The one refusal every platform adapter's stranger gets (WeCom's and DingTalk's alike): it names whom to ask — the
/// organisers, else the administrators, else the office in general — and which account to give them, in either language.
/// </summary>
public sealed class PlatformRefusalTests
{
    private static readonly DirectoryPerson Admin = new("u-a", "赵管理", "组织办", null, null, null, [OrganisationRole.Administrator], []);
    private static readonly DirectoryPerson Secretary = new("u-s", "周秘书", "党政办", null, null, null, [OrganisationRole.Organiser], []);

    [Theory]
    [InlineData(Channels.WeCom, "企业微信账号", "WeCom account")]
    [InlineData(Channels.DingTalk, "钉钉账号", "DingTalk account")]
    public void EachPlatform_IsNamedInBothLanguages(string channel, string chinese, string english)
    {
        var directory = Directory(Secretary, Admin);
        var platform = DirectoryOnlyChannels.Platforms[channel];
        Assert.True(DirectoryOnlyChannels.Covers(channel));
        var zh = DirectoryOnlyChannels.Refusal(directory, platform, "zh-CN");
        var en = DirectoryOnlyChannels.Refusal(directory, platform, "en-US");
        Assert.Contains(chinese, zh, StringComparison.Ordinal);
        Assert.Contains("周秘书", zh, StringComparison.Ordinal);
        Assert.DoesNotContain("赵管理", zh, StringComparison.Ordinal);
        Assert.Contains(english, en, StringComparison.Ordinal);
        Assert.Contains("周秘书", en, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]", zh); // a Chinese text without Latin words
    }

    [Fact]
    public void WithoutOrganisers_TheAdministratorsAreNamed_AndWithoutEither_TheOffice()
    {
        var platform = DirectoryOnlyChannels.Platforms[Channels.WeCom];
        Assert.Contains("赵管理", DirectoryOnlyChannels.Refusal(Directory(Admin), platform, "zh-CN"), StringComparison.Ordinal);
        var nobody = DirectoryOnlyChannels.Refusal(PeopleDirectory.Empty, platform, null);
        Assert.Contains("本单位办公室", nobody, StringComparison.Ordinal);
        Assert.DoesNotContain("（）", nobody, StringComparison.Ordinal);
        Assert.Contains("your office", DirectoryOnlyChannels.Refusal(PeopleDirectory.Empty, platform, "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherChannels_AreNotGated()
    {
        Assert.False(DirectoryOnlyChannels.Covers(Channels.MsTeams));
        Assert.False(DirectoryOnlyChannels.Covers(Channels.DirectLine));
        Assert.False(DirectoryOnlyChannels.Covers(null));
    }

    private static PeopleDirectory Directory(params DirectoryPerson[] people) => PeopleDirectory.Empty with { People = people };
}
