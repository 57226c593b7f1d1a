using MeetingBot.Chat.Meetings.ReminderTools;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.ReminderTools;

/// <summary>
/// 立即提醒, 发送记录, 重发失败 through the HTTP pipeline, against a loopback channel that blocks some recipients
/// (403 MessageWritesBlocked, 404), fails one (500) and throttles one once (429 with Retry-After).
/// </summary>
public sealed class ReminderToolsTests(ReminderToolsHost host) : IClassFixture<ReminderToolsHost>
{
    private const string Unreachable = "无法收到提醒";

    [Fact]
    public async Task RemindNow_CountsEachOutcome_TellsTheSecretaryOncePerUnreachableRecipient_AndResendTakesOnlyTheFailed()
    {
        var bed = new MeetingTestBed(host.Factory);
        var liuFails = true;
        var leadThrottled = 0;
        await using var channel = await LoopbackServer.StartAsync(async c =>
        {
            var path = c.Request.Path.Value!;
            (int Status, string Body) answer =
                path.Contains(bed.Li.UserId + "/", StringComparison.Ordinal) ? (403, "{\"error\":{\"code\":\"MessageWritesBlocked\",\"message\":\"blocked\"}}")
                : path.Contains(bed.Zhang.UserId + "/", StringComparison.Ordinal) ? (404, "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"gone\"}}")
                : path.Contains(bed.Liu.UserId + "/", StringComparison.Ordinal) && liuFails ? (500, "{}")
                : path.Contains(bed.Lead.UserId + "/", StringComparison.Ordinal) && Interlocked.Increment(ref leadThrottled) == 1 ? (429, "{}")
                : (200, "{\"id\":\"1\"}");
            c.Response.StatusCode = answer.Status;
            if (answer.Status == 429)
            {
                c.Response.Headers.RetryAfter = "1";
            }

            await c.Response.WriteAsync(answer.Body);
        });
        await bed.CreateAsync();
        await bed.RememberPersonalChatsAsync(channel.BaseUrl, bed.Secretary, bed.Lead, bed.Li, bed.Zhang, bed.Liu);
        var owing = await OwingAsync(bed);
        Assert.Contains(bed.Lead.UserId, owing);
        Assert.Contains(bed.Liu.UserId, owing);
        var delivered = owing.Count(u => u == bed.Lead.UserId || u == bed.Secretary.UserId);
        var noChat = owing.Count(u => !new[] { bed.Secretary, bed.Lead, bed.Li, bed.Zhang, bed.Liu }.Any(p => p.UserId == u));
        using var client = host.Factory.CreateClient();

        var first = await SayAsync(bed, client, "立即提醒");

        Assert.Equal(
            ReminderToolTexts.Sent.In(UserLocale.ZhCn, delivered) + "\n" + ReminderToolTexts.NotAllSent.In(UserLocale.ZhCn, 1, 2, noChat),
            Assert.Single(first));
        // Throttled once, then sent on the retry after its Retry-After: one reminder, counted as sent.
        Assert.Equal(2, ReminderToolsHost.To(channel, bed.Lead).Length);
        Assert.Single(ReminderToolsHost.To(channel, bed.Li));
        Assert.Single(ReminderToolsHost.To(channel, bed.Zhang));
        var notice = Assert.Single(ReminderToolsHost.To(channel, bed.Secretary), r => r.Body.Contains(Unreachable, StringComparison.Ordinal));
        Assert.Contains("李敏、张伟", notice.Body, StringComparison.Ordinal);

        // A second occurrence: the same two cannot be reached, and the secretary is not told again.
        await SayAsync(bed, client, "立即提醒");
        Assert.Single(ReminderToolsHost.To(channel, bed.Secretary), r => r.Body.Contains(Unreachable, StringComparison.Ordinal));

        var log = Assert.Single(await SayAsync(bed, client, "发送记录"));
        Assert.Equal(2, Count(log, $"：已发送 {delivered}，重试 0，失败 1，无法送达 2"));
        Assert.Equal(2, Count(log, ReminderToolTexts.LogFailedNames.In(UserLocale.ZhCn, "刘洋")));
        Assert.Equal(2, Count(log, ReminderToolTexts.LogUnreachableNames.In(UserLocale.ZhCn, "李敏、张伟")));
        Assert.DoesNotContain("提醒：会议", log, StringComparison.Ordinal);

        liuFails = false;
        var liuBefore = ReminderToolsHost.To(channel, bed.Liu).Length;
        var others = Others(channel, bed);
        var resent = await SayAsync(bed, client, "重发失败");

        Assert.Equal([ReminderToolTexts.Resent.In(UserLocale.ZhCn, 2, 2, 0, 0)], resent);
        Assert.Equal(liuBefore + 2, ReminderToolsHost.To(channel, bed.Liu).Length);
        Assert.Equal(others, Others(channel, bed));
        var after = Assert.Single(await SayAsync(bed, client, "delivery log", "en"));
        Assert.Equal(2, Count(after, $": sent {delivered + 1}, retried 1, failed 0, unreachable 2"));
        Assert.Equal([ReminderToolTexts.NothingToResend.In(UserLocale.En)], await SayAsync(bed, client, "resend failed", "en"));
    }

    [Theory]
    [InlineData("立即提醒", "zh-CN")]
    [InlineData("发送记录", "zh-CN")]
    [InlineData("重发失败", "zh-CN")]
    [InlineData("提醒进度", "zh-CN")]
    [InlineData("取消提醒", "zh-CN")]
    [InlineData("remind now", "en")]
    [InlineData("delivery log", "en")]
    [InlineData("resend failed", "en")]
    [InlineData("reminder progress", "en")]
    [InlineData("cancel reminders", "en")]
    public async Task ReminderTools_AreTheSecretarys_AnyoneElseIsRefusedInTheirLanguage(string command, string locale)
    {
        var bed = new MeetingTestBed(host.Factory);
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await bed.CreateAsync();
        await bed.RememberPersonalChatsAsync(channel.BaseUrl, bed.Lead, bed.Li, bed.Zhang, bed.Liu);
        using var client = host.Factory.CreateClient();

        var replies = MeetingTestBed.Texts(await bed.SayAsync(client, bed.Lead, command, inGroup: true, locale: locale));

        Assert.Equal(locale == "en"
            ? "Only the meeting's secretary can do this. Ask 王秘书 if it needs doing."
            : "只有会议组织者（领导小组办公室）可以这样做。如需办理，请联系王秘书。", replies);
        Assert.Empty(channel.Requests);
    }

    private static async Task<string[]> SayAsync(MeetingTestBed bed, HttpClient client, string text, string locale = "zh-CN") =>
        [.. (await bed.SayAsync(client, bed.Secretary, text, inGroup: true, locale: locale)).Select(r => r?["text"]?.GetValue<string>() ?? string.Empty)];

    private static async Task<string[]> OwingAsync(MeetingTestBed bed)
    {
        var dossier = (await bed.Repository.GetDossierAsync(null, bed.MeetingId, CancellationToken.None))!;
        return [.. OnDemandReminder.Resolve(OnDemandReminder.At(bed.MeetingId, DateTimeOffset.UtcNow), dossier, bed.Template).Messages.Select(m => m.UserId)];
    }

    private static int[] Others(LoopbackServer channel, MeetingTestBed bed) =>
        [.. new[] { bed.Secretary, bed.Lead, bed.Li, bed.Zhang }.Select(p => ReminderToolsHost.To(channel, p).Length)];

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
