using MeetingBot.Delivery;
using MeetingBot.Chat.Meetings.ReminderTools;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Reminders.Deliveries;
using MeetingBot.Localization;
using MeetingBot.Delivery.FanOut;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.ReminderTools;

/// <summary>
/// 提醒进度 and 取消提醒 while a fan-out is under way (its first push held at the channel), and a fan-out whose sender
/// stopped moving: reported to the secretary once, shown as stalled, and closed by 取消提醒.
/// </summary>
public sealed class FanOutProgressTests(ReminderToolsHost host) : IClassFixture<ReminderToolsHost>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RunningFanOut_ShowsItsProgress_AndCancelStopsItBeforeTheNextSend_LeavingTheRestForResend()
    {
        var bed = new MeetingTestBed(host.Factory);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var calls = 0;
        await using var channel = await LoopbackServer.StartAsync(async c =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                arrived.SetResult();
                await release.Task;
            }

            await c.Response.WriteAsync("{\"id\":\"1\"}");
        });
        await bed.CreateAsync();
        var people = new[] { bed.Secretary, bed.Lead, bed.Li, bed.Zhang, bed.Liu };
        await bed.RememberPersonalChatsAsync(channel.BaseUrl, people);
        var total = (await OwingAsync(bed)).Count(u => people.Any(p => p.UserId == u));
        using var client = host.Factory.CreateClient();

        var remind = SayAsync(bed, client, "立即提醒");
        await arrived.Task.WaitAsync(Patience);

        var progress = Assert.Single(await SayAsync(bed, client, "提醒进度"));
        Assert.Contains($"已完成 0/{total}，失败 0，无法送达 0，开始于 ", progress, StringComparison.Ordinal);
        Assert.StartsWith("- 立即提醒（", progress, StringComparison.Ordinal);
        Assert.Equal([ReminderToolTexts.CancelRequested.In(UserLocale.ZhCn, 1)], await SayAsync(bed, client, "取消提醒"));
        Assert.EndsWith(ReminderToolTexts.ProgressCancelling.ZhCn, Assert.Single(await SayAsync(bed, client, "提醒进度")), StringComparison.Ordinal);

        release.SetResult();
        var stopped = Assert.Single(await remind.WaitAsync(Patience));

        Assert.Equal(ReminderToolTexts.StoppedByCancel.In(UserLocale.ZhCn, 1, total) + "\n" + ReminderToolTexts.Sent.In(UserLocale.ZhCn, 1), stopped);
        Assert.Equal(1, calls);
        Assert.Equal([ReminderToolTexts.NoRuns.ZhCn], await SayAsync(bed, client, "提醒进度"));
        Assert.Contains($"：已发送 1，重试 0，失败 0，无法送达 0，已取消 {total - 1}", Assert.Single(await SayAsync(bed, client, "发送记录")), StringComparison.Ordinal);

        Assert.Equal([ReminderToolTexts.Resent.In(UserLocale.ZhCn, total - 1, total - 1, 0, 0)], await SayAsync(bed, client, "重发失败"));
        // Everyone got the reminder exactly once.
        Assert.All(people.Where(p => channel.Requests.Any(r => r.PathAndQuery.Contains($"personal-chat-{p.UserId}/", StringComparison.Ordinal))),
            p => Assert.Single(ReminderToolsHost.To(channel, p)));
        Assert.Equal(total, calls);
    }

    [Fact]
    public async Task StalledFanOut_IsReportedToTheSecretaryOnce_ShownAsStalled_AndCancelClosesIt()
    {
        var bed = new MeetingTestBed(host.Factory);
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await bed.CreateAsync();
        await bed.RememberPersonalChatsAsync(channel.BaseUrl, bed.Secretary);
        var runs = host.Factory.Services.GetRequiredService<FanOutRuns>();
        var reminder = OnDemandReminder.At(bed.MeetingId, DateTimeOffset.UtcNow.AddMinutes(-10));
        // A fan-out whose instance died ten minutes ago, one of three handled.
        var dead = FanOutRun.Start("20000101T000000000-dead", bed.MeetingId, reminder.Key, [bed.Li.UserId, bed.Zhang.UserId, bed.Liu.UserId], DateTimeOffset.UtcNow.AddMinutes(-10))
            .Record(bed.Li.UserId, PushOutcome.Delivered, DateTimeOffset.UtcNow.AddMinutes(-10));
        await runs.CreateAsync(dead, CancellationToken.None);
        var watch = host.Factory.Services.GetRequiredService<FanOutWatch>();

        await watch.CheckAsync(CancellationToken.None);
        await watch.CheckAsync(CancellationToken.None);

        var notice = Assert.Single(ReminderToolsHost.To(channel, bed.Secretary));
        Assert.Contains("提醒发送停滞", notice.Body, StringComparison.Ordinal);
        Assert.Contains("1/3", notice.Body, StringComparison.Ordinal);
        using var client = host.Factory.CreateClient();
        Assert.Contains("（已停滞：", Assert.Single(await SayAsync(bed, client, "提醒进度")), StringComparison.Ordinal);

        Assert.Equal([ReminderToolTexts.CancelRequested.In(UserLocale.ZhCn, 1)], await SayAsync(bed, client, "取消提醒"));

        Assert.Equal(FanOutRunStatus.Cancelled, (await runs.GetAsync(bed.MeetingId, dead.RunId, CancellationToken.None))!.Status);
        var ledger = host.Factory.Services.GetRequiredService<DeliveryLedger>();
        Assert.Equal(DeliveryState.Cancelled, (await ledger.GetAsync(DeliveryEntry.KeyOf(reminder.Key, bed.Zhang.UserId), CancellationToken.None))!.State);
        Assert.Equal(DeliveryState.Cancelled, (await ledger.GetAsync(DeliveryEntry.KeyOf(reminder.Key, bed.Liu.UserId), CancellationToken.None))!.State);
        Assert.Equal([ReminderToolTexts.NoRuns.ZhCn], await SayAsync(bed, client, "提醒进度"));
    }

    private static async Task<string[]> SayAsync(MeetingTestBed bed, HttpClient client, string text) =>
        [.. (await bed.SayAsync(client, bed.Secretary, text, inGroup: true)).Select(r => r?["text"]?.GetValue<string>() ?? string.Empty)];

    private static async Task<string[]> OwingAsync(MeetingTestBed bed)
    {
        var dossier = (await bed.Repository.GetDossierAsync(null, bed.MeetingId, CancellationToken.None))!;
        return [.. OnDemandReminder.Resolve(OnDemandReminder.At(bed.MeetingId, DateTimeOffset.UtcNow), dossier, bed.Template).Messages.Select(m => m.UserId)];
    }
}
