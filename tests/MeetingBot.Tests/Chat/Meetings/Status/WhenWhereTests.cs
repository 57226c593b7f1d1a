using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Status;

/// <summary>
/// 会议在哪里开？ / 几点开始？ / 在哪个会议室？: a member gets the time and place and his own next task, not the whole
/// preparation progress; the secretary and the lead get the progress after the time and place.
/// </summary>
public sealed class WhenWhereTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const string TimeAndPlace = "会议时间：2030-01-15 09:00（北京时间）；地点：Room 1。";

    [Theory]
    [InlineData("会议在哪里开？")]
    [InlineData("会议几点开始？")]
    [InlineData("在哪个会议室？")]
    public async Task AMemberAsking1To1_GetsTimePlaceAndHisNextTask_NotTheProgress(string question)
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var reply = Assert.Single(SetupChat.Texts(await chat.PrivatelyAsync("张三", question)));

        Assert.Contains(TimeAndPlace, reply, StringComparison.Ordinal);
        var lines = reply.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("你的下一项任务：", lines[1], StringComparison.Ordinal);
        Assert.Contains("截止", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("尚未完成", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretaryAsking_AlsoGetsTheProgress()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var reply = Assert.Single(SetupChat.Texts(await chat.PrivatelyAsync("办公室", "在哪个会议室？")));

        Assert.StartsWith("【", reply, StringComparison.Ordinal);
        Assert.Contains(TimeAndPlace, reply, StringComparison.Ordinal);
        Assert.Contains("会前准备尚未完成", reply, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(reply, "2030-01-15 09:00")); // said once, not again as the progress's heading
        Assert.DoesNotContain("你的下一项任务", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InTheTeam_AMemberGetsTheTimeAndPlaceOnly()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var reply = Assert.Single(SetupChat.Texts(await chat.InTeamAsync("李四", "会议几点开始？")));

        Assert.EndsWith(TimeAndPlace, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglish_AndForACancelledMeeting_SaysSo()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张三", "李四");

        var english = Assert.Single(SetupChat.Texts(await chat.PrivatelyAsync("张三", "where is the meeting?", "en-US")));
        Assert.Contains("2030-01-15 09:00 (Asia/Shanghai), at Room 1.", english, StringComparison.Ordinal);
        Assert.Contains("Your next task:", english, StringComparison.Ordinal);

        await chat.InTeamConfirmedAsync("办公室", "取消会议 上级通知推迟");
        var cancelled = Assert.Single(SetupChat.Texts(await chat.PrivatelyAsync("张三", "会议在哪里开？")));
        Assert.Contains("会议已取消（原定2030-01-15 09:00（北京时间）在Room 1召开）", cancelled, StringComparison.Ordinal);
        Assert.DoesNotContain("你的下一项任务", cancelled, StringComparison.Ordinal);
    }
}
