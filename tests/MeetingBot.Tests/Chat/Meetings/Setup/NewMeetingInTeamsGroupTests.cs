using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>
/// Teams as shipped: 新建会议 asked in a team is answered in the organiser's 1:1 chat (opened through the connector,
/// or the one stored from an earlier chat), and the meeting is still the team's; when Teams refuses the 1:1 chat
/// (403: the app is not installed for him), the team is told what to do and the questions are asked there. The
/// announcement posted into the team goes through the delivery ledger: a replayed turn posts it once.
/// </summary>
public sealed class NewMeetingInTeamsGroupTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Tenant = "5a1c0d3e-tenant-of-the-county";

    [Fact]
    public async Task AskedInTheTeam_TheQuestionsComeInTheOpened1To1Chat_AnsweredByName_AndTheMeetingIsTheTeams()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        chat.TenantId = Tenant;
        chat.OpensPrivateChats = true;
        await chat.OrganiserAsync("办公室");
        chat.Roster.AddRange([(chat.Id("办公室"), "办公室"), (chat.Id("王书记"), "王书记"), (chat.Id("张三"), "张三"), (chat.Id("李四"), "李四")]);

        var inTeam = SetupChat.Texts(await chat.InTeamAsync("办公室", "新建会议"));

        Assert.Equal([SetupTexts.ContinuesPrivately.ZhCn], inTeam);
        Assert.Equal(1, chat.PrivateChatsAskedFor);
        Assert.Contains(chat.SentPrivatelyTo("办公室"), t => t.StartsWith(SetupTexts.AskTemplate.ZhCn, StringComparison.Ordinal));
        Assert.Equal([SetupTexts.AskTheme.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "专题民主生活会")));
        Assert.Equal([SetupTexts.AskWhen.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "深刻领会新思想")));
        Assert.Equal([SetupTexts.AskPlace.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "2030年1月15日 上午9点")));
        Assert.Contains("北京时间", SetupChat.Texts(await chat.PrivatelyAsync("办公室", "第一会议室"))[0], StringComparison.Ordinal);
        Assert.Equal([SetupTexts.AskLead.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "默认")));
        // Nobody of the team can be @mentioned in the 1:1 chat: the names are found in the team's roster.
        Assert.Equal([SetupTexts.AskMembers.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "王书记")));
        Assert.Equal([SetupTexts.AskDepartmentHeads.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "张三、李四")));
        Assert.Equal([SetupTexts.AskSupervisors.ZhCn], SetupChat.Texts(await chat.PrivatelyAsync("办公室", "跳过")));
        Assert.Equal(SetupTexts.AskConfirm.ZhCn, SetupChat.Texts(await chat.PrivatelyAsync("办公室", "跳过"))[^1]);
        var done = SetupChat.Texts(await chat.PrivatelyAsync("办公室", "是"));

        var meeting = Assert.IsType<Meeting>(await chat.TeamMeetingAsync());
        Assert.Equal("深刻领会新思想", meeting.Theme);
        Assert.True(meeting.Holds(chat.Id("办公室"), Role.Secretary));
        Assert.True(meeting.Holds(chat.Id("王书记"), Role.Lead));
        Assert.True(meeting.Holds(chat.Id("张三"), Role.Member) && meeting.Holds(chat.Id("李四"), Role.Member));
        Assert.Contains(done, t => t.StartsWith("已创建会议：深刻领会新思想", StringComparison.Ordinal));
        // Announced in the team too, where the meeting belongs.
        Assert.Contains(SentToTeam(chat), t => t.StartsWith("已创建会议：深刻领会新思想", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheConfirmingTurnReplayedAfterAStateConflict_AnnouncesTheMeetingInTheTeamOnce()
    {
        var storage = new RacingStateStorage();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(storage);
        }));
        await using var chat = await SetupChat.StartAsync(host);
        chat.TenantId = Tenant;
        chat.OpensPrivateChats = true;
        await chat.OrganiserAsync("办公室");
        chat.Roster.AddRange([(chat.Id("办公室"), "办公室"), (chat.Id("王书记"), "王书记"), (chat.Id("张三"), "张三")]);
        Assert.Equal([SetupTexts.ContinuesPrivately.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "新建会议")));
        foreach (var answer in new[] { "专题民主生活会", "深刻领会新思想", "2030年1月15日 上午9点", "第一会议室", "默认", "王书记", "张三", "跳过" })
        {
            await chat.PrivatelyAsync("办公室", answer);
        }

        Assert.Equal(SetupTexts.AskConfirm.ZhCn, SetupChat.Texts(await chat.PrivatelyAsync("办公室", "跳过"))[^1]);
        // Another turn saves the organiser's 1:1 dialog state first: the confirming turn runs again on what it saved.
        storage.Races = key => key.StartsWith("state/private/", StringComparison.Ordinal) && key.EndsWith("/" + chat.Id("办公室"), StringComparison.Ordinal);
        storage.TimesToWin = 1;

        var done = SetupChat.Texts(await chat.PrivatelyAsync("办公室", "是"));

        Assert.Equal(1, storage.Won);
        Assert.Contains(done, t => t.StartsWith("已创建会议：深刻领会新思想", StringComparison.Ordinal));
        Assert.Single(SentToTeam(chat), t => t.StartsWith("已创建会议：深刻领会新思想", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InEnglish_ThePersonsStored1To1Chat_IsUsed_WithoutOpeningANewOne()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        chat.TenantId = Tenant;
        await chat.OrganiserAsync("Organiser");
        await chat.PrivatelyAsync("Organiser", "help", "en-US");

        var inTeam = SetupChat.Texts(await chat.InTeamAsync("Organiser", "new meeting", "en-US"));

        Assert.Equal([SetupTexts.ContinuesPrivately.En], inTeam);
        Assert.Equal(0, chat.PrivateChatsAskedFor);
        Assert.Contains(chat.SentPrivatelyTo("Organiser"), t => t.StartsWith(SetupTexts.AskTemplate.En, StringComparison.Ordinal));
        Assert.Equal([SetupTexts.AskTheme.En], SetupChat.Texts(await chat.PrivatelyAsync("Organiser", "Project retrospective", "en-US")));
        // The team conversation has no set-up waiting: a message there is a command again.
        Assert.DoesNotContain(SetupTexts.AskWhen.En, SetupChat.Texts(await chat.InTeamAsync("Organiser", "Release 4.2 retro", "en-US")));
        Assert.Equal([SetupTexts.AskWhen.En], SetupChat.Texts(await chat.PrivatelyAsync("Organiser", "Release 4.2 retro", "en-US")));
    }

    [Fact]
    public async Task InEnglish_When1To1ChatIsRefused_TheTeamIsToldWhatToDo_AndTheQuestionsAreAskedThere()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        chat.TenantId = Tenant;
        await chat.OrganiserAsync("Organiser");

        var inTeam = SetupChat.Texts(await chat.InTeamAsync("Organiser", "new meeting", "en-US"));

        Assert.Equal(1, chat.PrivateChatsAskedFor);
        Assert.Equal(SetupTexts.PrivateChatUnavailable.En + "\n\n" + SetupTexts.AnswerWithMention.En, inTeam[0]);
        Assert.StartsWith(SetupTexts.AskTemplate.En, inTeam[1], StringComparison.Ordinal);
        Assert.Empty(chat.SentPrivatelyTo("Organiser"));
        Assert.Equal([SetupTexts.AskTheme.En], SetupChat.Texts(await chat.InTeamAsync("Organiser", "Project retrospective", "en-US")));
    }

    /// <summary>The texts the bot posted into the team conversation outside a reply (proactively).</summary>
    private static List<string> SentToTeam(SetupChat chat) =>
    [
        .. chat.Channel.Requests
            .Where(r => r.Method == "POST" && r.PathAndQuery.Contains(Uri.EscapeDataString(chat.TeamConversation) + "/activities", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)?["text"]?.GetValue<string>() ?? string.Empty),
    ];
}
