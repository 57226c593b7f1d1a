using System.Collections.Concurrent;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Chat.Meetings.Deadlines;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Localization;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Chat.Meetings.Deadlines;

/// <summary>催办: the office nudges an author or the lead, privately, at most twice a day per person; others may not.</summary>
public sealed class NudgeTests : IDisposable
{
    // 10:00 in Beijing today, so the day's count does not cross midnight while the test runs.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(2), TimeSpan.Zero));
    private readonly ConcurrentQueue<(string Path, string Body)> _sent = new();
    private readonly MeetingBotFactory _factory;
    private readonly WebApplicationFactory<Program> _host;

    public NudgeTests()
    {
        _factory = MeetingBotFactory.WithClock(_clock);
        _host = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(_sent))));
    }

    [Fact]
    public async Task Secretary_NudgesAnAuthor_TwiceADay_ThenIsToldWhenAgain_AndTomorrowItWorks()
    {
        var seeded = await SeededMeeting.CreateAsync(_host);
        using var client = _host.CreateClient();
        var zhang = seeded.Member(2);
        await seeded.SayAsync(client, zhang, "帮助");

        var first = await seeded.SayAsync(client, seeded.Secretary, "催办 张伟 学习心得");

        Assert.Equal([DeadlineTexts.Nudged.In(UserLocale.ZhCn, "张伟", 1, 2)], first);
        var notice = await NoticeToAsync(seeded, zhang);
        Assert.Contains("学习情况", notice, StringComparison.Ordinal);
        Assert.Contains(seeded.Meeting.DeadlineOf("study-check-in")!.LocalDue.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), notice, StringComparison.Ordinal);
        Assert.DoesNotContain("问题清单", notice, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal([DeadlineTexts.Nudged.In(UserLocale.ZhCn, "张伟", 2, 2)], await seeded.SayAsync(client, seeded.Secretary, "催办 张伟"));

        _clock.Advance(TimeSpan.FromHours(1));
        var refused = Assert.Single(await seeded.SayAsync(client, seeded.Secretary, "催办 张伟 学习情况"));
        Assert.Contains("上限", refused, StringComparison.Ordinal);
        Assert.Contains(DateTime.UtcNow.Date.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + " 00:00", refused, StringComparison.Ordinal);

        // Counted in the stored meeting's audit trail: two nudges, none for the refused one.
        var stored = (await _host.Services.GetRequiredService<MeetingRepository>().GetMeetingAsync(null, seeded.Meeting.Id, CancellationToken.None))!;
        Assert.Equal(2, stored.Audit.Count(e => e.Action == AuditActions.Nudged));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal([DeadlineTexts.Nudged.In(UserLocale.ZhCn, "张伟", 1, 2)], await seeded.SayAsync(client, seeded.Secretary, "催办 张伟"));
    }

    [Fact]
    public async Task Secretary_NudgesTheLead_AboutItemsAwaitingHisReview()
    {
        var seeded = await SeededMeeting.CreateAsync(_host);
        using var client = _host.CreateClient();
        await seeded.SayAsync(client, seeded.Lead, "帮助");
        var member = seeded.Member(1);
        await seeded.TypeShortMaterialAsync(client, member);

        await seeded.SayAsync(client, member, "提交");
        _clock.Advance(TimeSpan.FromHours(1));

        var replies = await seeded.SayAsync(client, seeded.Secretary, "催办 书记");

        Assert.Equal([DeadlineTexts.Nudged.In(UserLocale.ZhCn, "书记", 1, 2)], replies);
        Assert.Contains(DeadlineTexts.NudgeNoticeReview.In(UserLocale.ZhCn, 1, 0), await NoticeToAsync(seeded, seeded.Lead, "【催办】"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nudging_SomeoneWhoOwesNothingOfThatKind_IsRefused_AndNothingIsRecorded()
    {
        var seeded = await SeededMeeting.CreateAsync(_host);
        using var client = _host.CreateClient();

        // The lead has nothing to review yet, and the collective material is not the member's to write.
        var replies = await seeded.SayAsync(client, seeded.Secretary, "催办 王芳 班子对照检查材料");

        Assert.Equal([FailureTexts.For(Failure.Conflict(FailureCodes.NudgeNothingOwed, ("name", "王芳"))).ZhCn], replies);
    }

    [Theory]
    [InlineData("lead")]
    [InlineData("member")]
    public async Task OtherRoles_MayNotNudge_AndAreToldWhoMay(string who)
    {
        var seeded = await SeededMeeting.CreateAsync(_host);
        using var client = _host.CreateClient();

        var replies = await seeded.SayAsync(client, who == "lead" ? seeded.Lead : seeded.Member(1), "催办 张伟 学习情况");

        Assert.Equal(["只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系秘书。"], replies);
    }

    public void Dispose()
    {
        _host.Dispose();
        _factory.Dispose();
    }

    private Task<string> NoticeToAsync(SeededMeeting seeded, string userId, string marker = "【催办】") =>
        RecordingChannel.TextToAsync(_sent, userId, marker);
}
