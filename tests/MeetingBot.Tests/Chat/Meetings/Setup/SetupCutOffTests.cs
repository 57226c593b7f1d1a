using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.People;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.People;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>
/// The confirming turn of 新建会议 cut off once the meeting is decided (in the county run: a request cancelled, or the
/// reminder job store failing, while its triggers were being written). The turn's writes are committed together, so
/// a cut-off turn saves no meeting and does not say it did; confirming again (the dialog still waits) creates that one
/// meeting, found from its group, its unit and every participant.
/// </summary>
public sealed class SetupCutOffTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Unit = "某县/东镇党委";

    [Fact]
    public async Task ATurnCutOffAfterTheMeetingIsStored_LeavesItIndexedEverywhere_AndConfirmingAgainKeepsIt()
    {
        var cutOff = new CutOffOnce();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IMeetingChangeHandler>(cutOff)));
        await using var chat = await SetupChat.StartAsync(host);
        await TestDirectory.AddAsync(host.Services, "u-" + chat.Id("办公室"), "办公室", Unit, roles: [OrganisationRole.Organiser],
            identities: new ChannelIdentity(IdentityKinds.TeamsAadObjectId, chat.Id("办公室")));
        await chat.InTeamAsync("办公室", "新建会议");
        await chat.InTeamAsync("办公室", "专题民主生活会");
        await chat.InTeamAsync("办公室", "东镇党委专题民主生活会");
        await chat.InTeamAsync("办公室", "2030年1月15日 上午9点");
        await chat.InTeamAsync("办公室", "党委会议室");
        await chat.InTeamAsync("办公室", "默认");
        await chat.InTeamAsync("办公室", "", "zh-CN", "王书记");
        await chat.InTeamAsync("办公室", "", "zh-CN", "张三", "李四");
        await chat.InTeamAsync("办公室", "跳过");
        await chat.InTeamAsync("办公室", "跳过");

        var cut = SetupChat.Texts(await chat.InTeamAsync("办公室", "是"));

        Assert.Equal(1, cutOff.Failed);
        Assert.DoesNotContain(cut, t => t.StartsWith("已创建会议", StringComparison.Ordinal));
        Assert.Empty(await StoredMeetingsAsync(host.Services));

        // The dialog was not saved with the cut-off turn either: it still waits for the confirmation, and gets it.
        var again = SetupChat.Texts(await chat.InTeamAsync("办公室", "是"));

        Assert.Contains(again, t => t.StartsWith("已创建会议：东镇党委专题民主生活会", StringComparison.Ordinal));
        var meeting = Assert.Single(await StoredMeetingsAsync(host.Services));
        Assert.Equal(meeting.Id, (await chat.TeamMeetingAsync())?.Id);
        var directory = host.Services.GetRequiredService<MeetingDirectory>();
        Assert.Contains(meeting.Id, await directory.ForConversationAsync(ActivityJson.ChannelId, chat.TeamConversation, CancellationToken.None));
        Assert.Contains((Unit, meeting.Id), await directory.BelowAsync("某县", CancellationToken.None));
        Assert.Contains(meeting.Participants, p => p.UserId == chat.Id("张三"));
        foreach (var participant in meeting.Participants)
        {
            Assert.Contains(meeting.Id, await directory.ForPersonAsync(ActivityJson.ChannelId, participant.UserId, CancellationToken.None));
        }
    }

    [Fact]
    public async Task AnAddedMembersTurnCutOff_AddsNobody_AndSendingItAgainAddsHimFindableFromHis1To1Chat()
    {
        var cutOff = new CutOffOnce();
        await using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IMeetingChangeHandler>(cutOff)));
        await using var chat = await SetupChat.StartAsync(host);
        // Seeded straight into storage: no change is raised until 添加成员 saves his.
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var cut = SetupChat.Texts(await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六"));

        Assert.Equal(1, cutOff.Failed);
        Assert.DoesNotContain(cut, t => t.StartsWith("已把", StringComparison.Ordinal));
        Assert.False((await chat.StoredAsync(meeting.Id))!.Holds(chat.Id("赵六"), Role.Member));

        var again = SetupChat.Texts(await chat.InTeamAsync("办公室", "添加成员", "zh-CN", "赵六"));

        Assert.Contains(again, t => t.StartsWith("已把", StringComparison.Ordinal));
        Assert.True((await chat.StoredAsync(meeting.Id))!.Holds(chat.Id("赵六"), Role.Member));
        var index = await host.Services.GetRequiredService<MeetingDirectory>().ForPersonAsync(ActivityJson.ChannelId, chat.Id("赵六"), CancellationToken.None);
        Assert.Contains(meeting.Id, index);
    }

    private static async Task<List<Meeting>> StoredMeetingsAsync(IServiceProvider services)
    {
        var documents = await services.GetRequiredService<IStorage>().ListAsync("meetings/", CancellationToken.None);
        return [.. documents
            .Where(d => d.Key.EndsWith("/meeting", StringComparison.Ordinal))
            .Select(d => DocumentJson.Deserialize<Meeting>(d.Json, d.Key))];
    }

    /// <summary>After the reminders are reconciled (it is registered after them), the first change fails the turn.</summary>
    private sealed class CutOffOnce : IMeetingChangeHandler
    {
        private int _failed;

        public int Failed => Volatile.Read(ref _failed);

        public Task HandleAsync(MeetingChanged change, TurnUnitOfWork? unitOfWork, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _failed) == 1
                ? throw new TimeoutException("The reminder job store did not answer in time.")
                : Task.CompletedTask;
    }
}
