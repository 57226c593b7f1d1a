using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>添加成员 makes the person a participant everywhere: indexed for 1:1, sent his task list, his tasks listed.</summary>
public sealed class AddMemberTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task AddedMember_GetsHisTaskListPrivately_AndMyTasksInHis1To1ListsThem()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        await chat.PrivatelyAsync("赵六", "帮助");
        var replies = SetupChat.Texts(await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六"));

        Assert.Equal([SetupTexts.MemberAdded.ZhCn.Replace("{0}", "赵六", StringComparison.Ordinal)], replies);

        var index = await factory.Services.GetRequiredService<MeetingDirectory>()
            .ForPersonAsync(ActivityJson.ChannelId, chat.Id("赵六"), CancellationToken.None);
        Assert.Contains(meeting.Id, index);
        var notice = Assert.Single(await chat.ReceivedPrivatelyAsync("赵六", t => t.StartsWith("您在会议", StringComparison.Ordinal)));
        Assert.Contains("批评发言提纲", notice, StringComparison.Ordinal);
        var tasks = string.Join("\n", SetupChat.Texts(await chat.PrivatelyAsync("赵六", "我的任务")));
        Assert.StartsWith(StatusTexts.TasksHeading.ZhCn[..4], tasks, StringComparison.Ordinal);
        Assert.Contains("批评发言提纲", tasks, StringComparison.Ordinal);
        Assert.True((await chat.StoredAsync(meeting.Id))!.Holds(chat.Id("赵六"), Role.Member));
    }

    [Fact]
    public void AddedMember_IsFollowedByHisWebChatInvitation()
    {
        // Setup does not know the invitations feature: it calls whoever follows a new member, and the feature is one.
        var followers = factory.Services.GetServices<INewMemberFollower>();

        Assert.Contains(followers, f => f is MeetingBot.Chat.Meetings.Invitations.NewMemberInvitation);
    }

    [Fact]
    public async Task AddedMember_WhoCannotBeReachedYet_IsNamedToTheSecretary()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var replies = SetupChat.Texts(await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六"));

        Assert.Equal(SetupTexts.Unreachable.ZhCn.Replace("{0}", "赵六", StringComparison.Ordinal), replies[^1]);
    }
}
