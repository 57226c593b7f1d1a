using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Switching;

/// <summary>
/// A person in two meetings: by default his 1:1 commands are about the one with his nearest pending obligation (not
/// the newest), each answer names the meeting, and 切换会议 lets him choose, remembered until he switches again.
/// </summary>
public sealed class MeetingSwitchingTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task TwoMeetings_TheDefaultIsTheOneWithTheNearestPendingObligation_NotTheNewest()
    {
        using var client = factory.CreateClient();
        var soon = await _bed.CreateAsync();
        await _bed.CreateAnotherAsync("明年的专题民主生活会", daysAhead: 400);

        var replies = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的任务"));

        Assert.StartsWith(Line(soon), replies, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneInNoMeeting_AskingToSwitch_IsToldWhomToAskToBeAdded()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        var stranger = new Actor("stranger-" + Guid.NewGuid().ToString("N")[..8], "路人", _bed.Li.TenantId);

        var replies = MeetingTestBed.Texts(await _bed.SayAsync(client, stranger, "切换会议"));

        Assert.Equal("您目前没有参加进行中的会议。如果您应当参加，请联系会议秘书（办公室）把您加入会议名单。", replies);
    }

    [Fact]
    public async Task TwoMeetings_SwitchMeeting_ChoosesFromANumberedList_AndTheChoiceIsRemembered()
    {
        using var client = factory.CreateClient();
        var soon = await _bed.CreateAsync();
        var later = await _bed.CreateAnotherAsync("明年的专题民主生活会", daysAhead: 400);

        var list = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "切换会议"));
        Assert.Contains($"1. {soon.Theme}（{MeetingResolver.MeetingDate(soon)}）", list, StringComparison.Ordinal);
        Assert.Contains($"2. {later.Theme}（{MeetingResolver.MeetingDate(later)}）", list, StringComparison.Ordinal);
        Assert.DoesNotContain(later.Id, list, StringComparison.Ordinal);

        var switched = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "2"));
        Assert.StartsWith("已切换到会议：" + later.Theme, switched, StringComparison.Ordinal);

        Assert.StartsWith(Line(later), MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的任务")), StringComparison.Ordinal);
        Assert.StartsWith(Line(later), MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的提交")), StringComparison.Ordinal);

        await _bed.SayAsync(client, _bed.Li, "切换会议 1");
        Assert.StartsWith(Line(soon), MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的任务")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneMeeting_NoLineAndNothingToSwitch()
    {
        using var client = factory.CreateClient();
        var meeting = await _bed.CreateAsync();

        var tasks = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "我的任务"));
        var switching = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "切换会议"));

        Assert.DoesNotContain("当前会议", tasks, StringComparison.Ordinal);
        Assert.StartsWith("你只参加了一个进行中的会议：" + meeting.Theme, switching, StringComparison.Ordinal);
    }

    private static string Line(Meeting meeting) =>
        SwitchTexts.ActingOn.ZhCn.Replace("{0}", meeting.Theme, StringComparison.Ordinal).Replace("{1}", MeetingResolver.MeetingDate(meeting), StringComparison.Ordinal);
}
