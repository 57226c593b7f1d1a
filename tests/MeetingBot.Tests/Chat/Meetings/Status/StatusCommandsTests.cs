using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Status;

/// <summary>进度 / 我的任务 through the HTTP pipeline: group-safe status and one person's list.</summary>
public sealed class StatusCommandsTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task StatusInAGroup_ShowsNamesAndCounts_NeverContent()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);
        await _bed.SubmitMaterialAsync(_bed.Liu);

        var replies = await _bed.SayAsync(client, _bed.Zhang, "进度", inGroup: true);

        var all = MeetingTestBed.AllStrings(replies);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, all, StringComparison.Ordinal);
        Assert.DoesNotContain("宗旨意识", all, StringComparison.Ordinal);
        Assert.DoesNotContain("文山会海", all, StringComparison.Ordinal);
        Assert.Contains("专题民主生活会", all, StringComparison.Ordinal);
        Assert.Contains("李敏", all, StringComparison.Ordinal);
        Assert.Matches(@"\d+/\d+", all);
    }

    [Fact]
    public async Task Status_ByAnOutsider_IsRefused()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var outsider = new Actor("outsider-" + Guid.NewGuid().ToString("N"), "路人", "channel:msteams");

        var replies = await _bed.SayAsync(client, outsider, "进度", inGroup: true);

        Assert.DoesNotContain("李敏", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        Assert.Single(replies);
    }

    [Fact]
    public async Task Status_WithNoMeeting_SaysSo()
    {
        using var client = factory.CreateClient();
        var nobody = new Actor("nobody-" + Guid.NewGuid().ToString("N"), "某人", "channel:msteams");

        var replies = await _bed.SayAsync(client, nobody, "status", locale: "en-US");

        Assert.Equal(StatusTexts.NoMeeting.En, MeetingTestBed.Texts(replies));
    }

    [Fact]
    public async Task MyTasks_ListsOwnOpenTasksWithDeadlinesInTheMeetingsZone()
    {
        using var client = factory.CreateClient();
        var meeting = await _bed.CreateAsync();
        await _bed.SubmitMaterialAsync(_bed.Liu);

        var replies = await _bed.SayAsync(client, _bed.Liu, "我的任务");

        var text = MeetingTestBed.Texts(replies);
        // The zone in words, never its id; each open task a list item ending with the command that opens its form.
        Assert.Contains("北京时间", text, StringComparison.Ordinal);
        Assert.DoesNotContain(meeting.TimeZoneId, text, StringComparison.Ordinal);
        Assert.Contains("- ☐ ", text, StringComparison.Ordinal);
        Assert.Contains("（张伟）", text, StringComparison.Ordinal);
        Assert.Contains("发送“提交 提纲 张伟”开始", text, StringComparison.Ordinal);
        var due = meeting.Deadlines.First(d => d.DeliverableId == "criticism-outline").Due;
        var local = WallClock.ToLocal(due, TimeZoneInfo.FindSystemTimeZoneById(meeting.TimeZoneId));
        Assert.Contains(local.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyTasks_InEnglish_AcceptsTheTwoWordCommand()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayAsync(client, _bed.Li, "my tasks", locale: "en-US");

        Assert.StartsWith("My tasks", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
    }
}
