using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Setup;

/// <summary>
/// 会议推迟一周 / 会议往后推两天 / 会议提前一天开: a 改期 to the meeting's own time shifted, through 改期's confirmation
/// (old and new time shown) — the seeded meeting is in 2030, so a shift counted from today would show itself.
/// </summary>
public sealed class RescheduleByHowFarTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string SecretaryOnly = "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。";

    [Theory]
    [InlineData("会议推迟一周", "2030-01-22 09:00")]
    [InlineData("会议往后推两天", "2030-01-17 09:00")]
    [InlineData("会议提前一天开", "2030-01-14 09:00")]
    [InlineData("改期 推迟1周", "2030-01-22 09:00")]
    public async Task BySecretary_AsksWithTheOldAndNewTime_ThenMovesTheMeeting(string said, string newTime)
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var asked = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("办公室", said)));
        Assert.Contains($"从2030-01-15 09:00改期到{newTime}（北京时间）", asked, StringComparison.Ordinal);
        Assert.Equal(meeting.Version, (await chat.StoredAsync(meeting.Id))!.Version);

        var done = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("办公室", "确认")));

        Assert.Contains(newTime, done, StringComparison.Ordinal);
        var moved = (await chat.StoredAsync(meeting.Id))!;
        Assert.Equal(newTime, MeetingText.Local(moved.LocalStart));
        Assert.Equal(AuditActions.MeetingRescheduled, moved.Audit[^1].Action);
    }

    [Fact]
    public async Task InEnglish_TheSameConfirmation()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var asked = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("办公室", "postpone the meeting by a week", "en-US")));

        Assert.Contains("from 2030-01-15 09:00 to 2030-01-22 09:00", asked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByAMember_IsRefusedAs改期Is()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        Assert.Equal([SecretaryOnly], SetupChat.Texts(await chat.InTeamAsync("张三", "会议推迟一周")));
        Assert.Equal([SecretaryOnly], SetupChat.Texts(await chat.PrivatelyAsync("张三", "会议提前一天开")));
        Assert.Equal(meeting.Version, (await chat.StoredAsync(meeting.Id))!.Version);
    }
}
