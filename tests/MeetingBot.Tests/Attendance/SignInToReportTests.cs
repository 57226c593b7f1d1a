using System.Net;
using MeetingBot.Tests.Chat.Meetings.Setup;

namespace MeetingBot.Tests.Attendance;

/// <summary>
/// The special report's attendance is the day's sign-in record: who signed in with his link, who the office excused
/// and why, who did neither — never typed again.
/// </summary>
public sealed partial class SignInTests
{
    [Fact]
    public async Task TheSpecialReport_TakesWhoAttendedAndWhoWasExcused_FromTheSignIns()
    {
        await using var chat = await SetupChat.StartAsync(factory);
        await TodayAndConfirmedAsync(chat);
        using var web = factory.CreateClient();

        var link = LinkIn(await SayAsync(chat, "张伟", "签到"));
        using (var signedIn = await web.PostAsync(link, null))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        var leaderLink = LinkIn(await SayAsync(chat, "王书记", "签到"));
        using (var signedIn = await web.PostAsync(leaderLink, null))
        {
            Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        }

        Assert.Equal("已记录：李敏请假，理由：参加县委全会。", await SayAsync(chat, "办公室", "记录请假 李敏 参加县委全会"));
        Assert.StartsWith("会议已标记为召开", string.Join('\n', SetupChat.Texts(await chat.PrivatelyConfirmedAsync("办公室", "会议已召开"))), StringComparison.Ordinal);

        var report = await SayAsync(chat, "办公室", "专题报告");
        Assert.Matches("会议于\\d{4}-\\d{2}-\\d{2}在.+召开，班子成员应到4人，实到2人。", report);
        foreach (var line in new[] { "签到出席：王书记、张伟。", "请假：李敏（参加县委全会）。", "未签到且未请假：刘洋。" })
        {
            Assert.Contains(line, report, StringComparison.Ordinal);
        }

        var english = await SayAsync(chat, "办公室", "report", locale: "en");
        Assert.Contains(": 4 of the team expected, 2 present.", english, StringComparison.Ordinal);
        foreach (var line in new[] { "Signed in: 王书记, 张伟.", "Excused: 李敏 (参加县委全会).", "Neither signed in nor excused: 刘洋." })
        {
            Assert.Contains(line, english, StringComparison.Ordinal);
        }
    }
}
