using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Notices;

/// <summary>
/// 给大家发个通知，… / 通知全体：…: the secretary (or the lead) sees the notice and who gets it, confirms, and each other
/// participant gets it once in his own 1:1 chat; a member is told whom to ask.
/// </summary>
public sealed class NoticeToAllTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string Notice = "明天下午三点开筹备会";

    [Fact]
    public async Task BySecretary_ReadsItBackWithWhoGetsIt_ThenSendsOnceEach_AndSaysWhoCannotBeReached()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.PrivatelyAsync("张三", "帮助"); // 张三 and the lead have a 1:1 chat; 李四 has none
        await chat.PrivatelyAsync("王书记", "帮助");

        var asked = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("办公室", "给大家发个通知，" + Notice)));
        Assert.StartsWith("请确认：", asked, StringComparison.Ordinal);
        Assert.Contains("其他3位参会人员（王书记、张三、李四）发送通知“" + Notice + "”", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.SentPrivatelyTo("张三"), t => t.Contains(Notice, StringComparison.Ordinal));

        var done = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("办公室", "确认")));

        Assert.Equal("通知已发出：2人将在与我的私聊中收到。\n\n李四还没有和我私聊过，收不到这条通知，请另行告知。", done);
        var told = Assert.Single(await chat.ReceivedPrivatelyAsync("张三", t => t.Contains(Notice, StringComparison.Ordinal)));
        Assert.Contains("办公室的通知", told, StringComparison.Ordinal);
        Assert.Single(await chat.ReceivedPrivatelyAsync("王书记", t => t.Contains(Notice, StringComparison.Ordinal)));
        Assert.DoesNotContain(chat.SentPrivatelyTo("办公室"), t => t.Contains("的通知", StringComparison.Ordinal));
        var stored = (await chat.StoredAsync(meeting.Id))!;
        Assert.Equal((AuditActions.NoticeSent, chat.Id("办公室")), (stored.Audit[^1].Action, stored.Audit[^1].ActorId));

        // A second 确认 sends nothing more.
        await chat.InTeamAsync("办公室", "确认");
        Assert.Single(chat.SentPrivatelyTo("张三"), t => t.Contains(Notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ByTheLead_InEnglish_AsksToConfirm()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var asked = Assert.Single(SetupChat.Texts(await chat.PrivatelyAsync("王书记", "notify everyone: the meeting starts at 9", "en-US")));

        Assert.StartsWith("Please confirm: Send the notice \"the meeting starts at 9\" to the 3 other participants", asked, StringComparison.Ordinal);
        Assert.Contains("(办公室, 张三, 李四)", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByAMember_IsRefusedNamingWhomToAsk_AndNothingIsSent()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");
        await chat.PrivatelyAsync("李四", "帮助");

        var refused = SetupChat.Texts(await chat.PrivatelyAsync("张三", "通知全体：" + Notice));

        Assert.Equal(["只有会议组织者（领导小组办公室）或主要负责同志可以向全体参会人员发通知，请告知办公室或王书记代发。"], refused);
        Assert.Equal(meeting.Version, (await chat.StoredAsync(meeting.Id))!.Version);
        Assert.DoesNotContain(chat.SentPrivatelyTo("李四"), t => t.Contains(Notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutText_ShowsAnExample()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        Assert.Equal([MeetingBot.Chat.Meetings.Notices.NoticeTexts.Usage.ZhCn], SetupChat.Texts(await chat.InTeamAsync("办公室", "通知")));
    }
}
