using MeetingBot.Coordination.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Chat.Meetings.Status;

/// <summary>确认会议 through the readiness gate: refused while unready with the gaps; only the lead overrides, with a recorded reason.</summary>
public sealed class ConfirmMeetingCommandTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly MeetingTestBed _bed = new(factory);

    [Fact]
    public async Task Confirm_WhileUnready_IsRefusedListingTheGaps_WithoutContent()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();
        await _bed.SubmitOutlineAsync(_bed.Li, _bed.Zhang);

        var replies = await _bed.SayAsync(client, _bed.Secretary, "确认会议", inGroup: true);

        var text = MeetingTestBed.Texts(replies);
        Assert.Contains("尚未落实", text, StringComparison.Ordinal);
        Assert.Contains("张伟", text, StringComparison.Ordinal);
        Assert.DoesNotContain(MeetingTestBed.Sentinel, text, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Preparing, (await MeetingAsync()).Status);
    }

    [Fact]
    public async Task Confirm_WhileUnready_TellsTheSecretaryToRemindThePeopleBehindOrAskTheLeadByName()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var text = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Secretary, "确认会议"));

        Assert.Contains("发送“立即提醒”", text, StringComparison.Ordinal);
        Assert.Contains("请主要负责同志迟永生发送“确认会议 强制 理由”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<理由>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WhileUnready_TellsTheLeadHeMayOverride_NotToRemind()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var text = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Lead, "确认会议"));

        Assert.Contains("可发送“确认会议 强制 理由”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("立即提醒", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverrideByANonLead_IsRefused()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayAsync(client, _bed.Secretary, "confirm meeting override we must meet this week", locale: "en-US");

        Assert.Equal("Only the lead can do this. Ask 迟永生 if it needs doing.", MeetingTestBed.Texts(replies));
        Assert.Null((await MeetingAsync()).Confirmation);
    }

    [Fact]
    public async Task OverrideByTheLead_ConfirmsAndRecordsTheReason()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        var replies = await _bed.SayConfirmedAsync(client, _bed.Lead, "确认会议 强制 上级督导组已确定日期");

        Assert.Contains("上级督导组已确定日期", MeetingTestBed.Texts(replies), StringComparison.Ordinal);
        var meeting = await MeetingAsync();
        Assert.Equal(MeetingStatus.Confirmed, meeting.Status);
        Assert.True(meeting.Confirmation!.Overridden);
        Assert.Equal("上级督导组已确定日期", meeting.Confirmation.OverrideReason);
        var status = MeetingTestBed.Texts(await _bed.SayAsync(client, _bed.Li, "进度", inGroup: true));
        Assert.Contains("上级督导组已确定日期", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverrideWithoutAReason_IsRefused()
    {
        using var client = factory.CreateClient();
        await _bed.CreateAsync();

        await _bed.SayAsync(client, _bed.Lead, "确认会议 强制");

        Assert.Null((await MeetingAsync()).Confirmation);
    }

    private async Task<Meeting> MeetingAsync() =>
        (await _bed.Repository.GetMeetingAsync(null, _bed.MeetingId, CancellationToken.None))!;
}
