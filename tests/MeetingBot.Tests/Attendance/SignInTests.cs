using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Attendance;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.Tests.Chat.Meetings.Setup;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Attendance;

/// <summary>
/// 签到 on the meeting day through the HTTP pipeline: each participant's own link from his 1:1 chat, the confirming
/// page (GET shows, POST records), the office's record of leave, the printable sheet of QR codes, attendance on the run
/// sheet, refusals for those who may not act, and the Chinese page for an unknown, tampered or expired link.
/// </summary>
public sealed partial class SignInTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private MeetingRepository Repository => factory.Services.GetRequiredService<MeetingRepository>();

    [Fact]
    public async Task OnTheDay_AMemberSignsInWithHisLink_TheOfficeRecordsLeave_AndTheRunSheetKnowsWhoIsHere()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await TodayAndConfirmedAsync(chat);
        using var web = factory.CreateClient();

        // The link is a credential: never in the group; in 1:1 each gets his own.
        Assert.Equal("签到链接是个人凭证，只在与我的私聊中发送。请私聊我发送“签到”。", await SayAsync(chat, "张伟", "签到", inGroup: true));
        var link = LinkIn(await SayAsync(chat, "张伟", "签到"));
        using (var page = await web.GetAsync(link))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("参会人：张伟", html, StringComparison.Ordinal);
            Assert.Contains("<form method=\"post\"><button type=\"submit\">确认签到</button></form>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }

        // Opening the page recorded nothing; posting it does, once.
        Assert.Null((await Repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Minutes);
        using (var signedIn = await web.PostAsync(link, null))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
            Assert.Contains("签到成功", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var again = await web.PostAsync(link, null))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Matches("您已于\\d{2}:\\d{2}签到，无需重复签到。", await again.Content.ReadAsStringAsync());
        }

        // 请假: only the office, with a reason, never for someone already here.
        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", await SayAsync(chat, "李敏", "记录请假 李敏 参加县委全会"));
        Assert.Equal("不能参会的，请说明原因。", await SayAsync(chat, "办公室", "记录请假 李敏"));
        Assert.Equal("张伟已签到参会，不能记为请假。", await SayAsync(chat, "办公室", "记录请假 张伟 临时有事"));
        Assert.Equal("已记录：李敏请假，理由：参加县委全会。", await SayAsync(chat, "办公室", "记录请假 李敏 参加县委全会"));
        Assert.Equal("Recorded: 刘洋 is excused: business trip.", await SayAsync(chat, "办公室", "record leave 刘洋 business trip", locale: "en"));

        var sheet = await SayAsync(chat, "王书记", "议程");
        Assert.Contains("【签到】应到4人，已签到1人，请假2人，未到1人。", sheet, StringComparison.Ordinal);
        Assert.Contains("已签到：张伟", sheet, StringComparison.Ordinal);
        Assert.Contains("请假：李敏（参加县委全会）、刘洋（business trip）", sheet, StringComparison.Ordinal);
        Assert.Contains("未到：王书记", sheet, StringComparison.Ordinal);
        var groupSheet = await SayAsync(chat, "张伟", "议程", inGroup: true);
        Assert.Contains("请假：李敏、刘洋", groupSheet, StringComparison.Ordinal);
        Assert.DoesNotContain("参加县委全会", groupSheet, StringComparison.Ordinal);

        var minutes = (await Repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Minutes!;
        Assert.Equal((chat.Id("张伟"), SignInVia.PersonalLink), (minutes.SignIns.Single().UserId, minutes.SignIns.Single().Via));
        var audit = await SayAsync(chat, "办公室", "审计");
        Assert.Contains("签到", audit, StringComparison.Ordinal);
        Assert.Contains("记录请假", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretarysSheet_HoldsTheMeetingCodeAndEachMembersCode_AndTheMeetingCodeAsksForTheWebSignIn()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var meeting = await TodayAndConfirmedAsync(chat);
        using var web = factory.CreateClient();

        Assert.Equal("只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系办公室。", await SayAsync(chat, "张伟", "签到表"));
        var sheetLink = LinkIn(await SayAsync(chat, "办公室", "签到表"));
        var html = await web.GetStringAsync(sheetLink);
        Assert.Equal(5, Regex.Count(html, "<svg"));
        foreach (var name in new[] { "王书记", "张伟", "李敏", "刘洋" })
        {
            Assert.Contains($"<strong>{name}</strong>", html, StringComparison.Ordinal);
        }

        Assert.Contains("应到4人，已签到0人，请假0人。", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // The meeting's code knows nobody by itself: without the web sign-in it asks for one.
        var links = factory.Services.GetRequiredService<SignInLinks>();
        using var code = await web.GetAsync(new Uri(await links.MeetingCodeAsync(meeting)).PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, code.StatusCode);
        Assert.Contains("请先登录", await code.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var posted = await web.PostAsync(new Uri(await links.MeetingCodeAsync(meeting)).PathAndQuery, null);
        Assert.Equal(HttpStatusCode.Unauthorized, posted.StatusCode);
        Assert.Null((await Repository.GetDossierAsync(null, meeting.Id, CancellationToken.None))!.Minutes);
    }

    [Fact]
    public async Task AnUnknownTamperedOrExpiredLink_GetsTheSameChinesePage_AndADayOtherThanTheMeetingsIsRefused()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        var later = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张伟", "李敏");
        await Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(later.Id), stored => stored! with { Status = MeetingStatus.Confirmed }, CancellationToken.None);
        using var web = factory.CreateClient();
        var tokens = factory.Services.GetRequiredService<SignInTokens>();
        var good = await tokens.IssueAsync(later.Id, chat.Id("张伟"), DateTimeOffset.UtcNow.AddHours(1));
        var expired = await tokens.IssueAsync(later.Id, chat.Id("张伟"), DateTimeOffset.UtcNow.AddMinutes(-1));
        var stranger = await tokens.IssueAsync(later.Id, "nobody", DateTimeOffset.UtcNow.AddHours(1));

        foreach (var token in new[] { "nonsense", good[..^2] + (good[^2] == 'A' ? "BB" : "AA"), expired, stranger })
        {
            using var page = await web.GetAsync(SignInPage.Path + "/" + token);
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.Contains("签到链接无效或已过期", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var notToday = await web.PostAsync(SignInPage.Path + "/" + good, null);
        Assert.Equal(HttpStatusCode.Conflict, notToday.StatusCode);
        Assert.Contains("签到只在会议当天（2030-01-15）进行。", await notToday.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The seed's team, its meeting moved to today on its own clock and confirmed; everyone has a 1:1 chat.</summary>
    private async Task<Meeting> TodayAndConfirmedAsync(SetupChat chat)
    {
        var seeded = await chat.SeedMeetingAsync("democratic-life-meeting", "办公室", "王书记", "张伟", "李敏", "刘洋");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(seeded.TimeZoneId);
        var now = DateTimeOffset.UtcNow;
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var moved = await Repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(seeded.Id), stored => stored! with
        {
            LocalStart = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0),
            StartsAt = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero),
            Status = MeetingStatus.Confirmed,
        }, CancellationToken.None);
        Assert.True(moved.IsSuccess, moved.ToString());
        foreach (var person in new[] { "办公室", "王书记", "张伟", "李敏", "刘洋" })
        {
            await chat.PrivatelyAsync(person, "帮助");
        }

        return moved.Value;
    }

    private static async Task<string> SayAsync(SetupChat chat, string user, string text, bool inGroup = false, string locale = "zh-CN") =>
        string.Join('\n', SetupChat.Texts(inGroup ? await chat.InTeamAsync(user, text, locale) : await chat.PrivatelyAsync(user, text, locale)));

    /// <summary>The link's path: the service's public address in tests is not where the test host listens.</summary>
    private static string LinkIn(string reply) => new Uri(HttpLink().Match(reply).Value).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/signin/\S+")]
    private static partial Regex HttpLink();
}
