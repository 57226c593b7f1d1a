using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Coordination.People;
using MeetingBot.DingTalk.Tests.Fakes;
using MeetingBot.People;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.DingTalk.Tests.Inbound;

/// <summary>
/// DingTalk people pass the host's one identity gate (the same as WeCom's): known by the userId the platform vouched
/// for, they act as their directory person; a stranger is refused naming the office, in the chat he wrote in, and
/// nothing is stored for him.
/// </summary>
public sealed class DirectoryGateTests
{
    [Fact]
    public async Task AStrangerInTheGroup_IsToldWhichOrganisersToAsk_AndNothingIsStored()
    {
        await using var platform = await FakeDingTalk.StartAsync();
        await using var host = new DingTalkHost(platform);
        _ = host.Services;
        await platform.WaitConnectedAsync();
        await host.AddPersonAsync("zhou01", "周秘书", OrganisationRole.Organiser);
        var chat = new DingTalkChat(platform);

        var refusal = Assert.Single(await chat.InGroupAsync("stranger02", "某人", "新建会议"));
        Assert.Contains("周秘书", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("钉钉账号", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("没有被保存", refusal.Text, StringComparison.Ordinal);
        Assert.Equal(DirectoryOnlyChannels.Refusal(
            await host.Services.GetRequiredService<PeopleDirectoryStore>().GetAsync(CancellationToken.None), DirectoryOnlyChannels.Platforms[Channels.DingTalk], "zh-CN"), refusal.Text);

        var references = host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.GetPersonalAsync(Channels.DingTalk, "stranger02", CancellationToken.None));
        Assert.Null(await references.GetConversationAsync(Channels.DingTalk, chat.Group, CancellationToken.None));
        Assert.Single((await host.Services.GetRequiredService<PeopleDirectoryStore>().GetAsync(CancellationToken.None)).People);
    }

    [Fact]
    public async Task AKnownPerson_ActsAsTheirDirectoryPerson_AndIsReachedAgainOnDingTalk()
    {
        await using var platform = await FakeDingTalk.StartAsync();
        await using var host = new DingTalkHost(platform);
        _ = host.Services;
        await platform.WaitConnectedAsync();
        await host.AddPersonAsync("zw002", "张伟");
        var chat = new DingTalkChat(platform);

        Assert.NotEmpty(await chat.PrivatelyAsync("zw002", "昵称不算", "帮助"));

        // Remembered under the directory person's id (as every channel's people are), reaching the DingTalk userId.
        var references = host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await references.GetPersonalAsync(Channels.DingTalk, "zw002", CancellationToken.None));
        var stored = await references.GetPersonalAsync(Channels.DingTalk, "u-zw002", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal("zw002", DingTalkConversations.PersonOf(stored.Reference));
    }
}
