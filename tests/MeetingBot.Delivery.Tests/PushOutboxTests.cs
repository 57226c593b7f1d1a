using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Delivery.Tests;

/// <summary>
/// Pushes that could not leave within their turn: stored, sent in the background once, kept across a restart, tried
/// again after a failure, and given up (recorded failed in the ledger) after the configured attempts.
/// </summary>
public sealed class PushOutboxTests
{
    [Fact]
    public async Task ADeferredPush_IsSentOnceInTheBackground_AndLeavesTheOutbox()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services();
        var outbox = services.GetRequiredService<PushOutbox>();
        await outbox.StartAsync(CancellationToken.None);

        await outbox.DeferAsync(Push(channel, "k1"), CancellationToken.None);
        await outbox.DeferAsync(Push(channel, "k1"), CancellationToken.None);

        Assert.True(await Eventually.TrueAsync(async () => (await outbox.WaitingAsync(CancellationToken.None)).Count == 0), "the outbox emptied");
        Assert.Single(channel.Requests);
        Assert.Equal(DeliveryState.Sent, (await services.GetRequiredService<DeliveryLedger>().GetAsync("k1", default))!.State);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task APushLeftWaiting_IsSentByTheNextStart()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services();
        // Deferred by an outbox that never got to send it (the process stopped).
        await services.GetRequiredService<PushOutbox>().DeferAsync(Push(channel, "k2"), CancellationToken.None);
        Assert.Empty(channel.Requests);

        var next = ActivatorUtilities.CreateInstance<PushOutbox>(services);
        await next.StartAsync(CancellationToken.None);

        Assert.True(await Eventually.TrueAsync(() => channel.Requests.Count == 1), "sent after the restart");
        Assert.True(await Eventually.TrueAsync(async () => (await next.WaitingAsync(CancellationToken.None)).Count == 0), "the outbox emptied");
        await next.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AFailingChannel_IsTriedAgain_UntilItTakesThePush()
    {
        var failuresLeft = 3;
        await using var channel = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = Interlocked.Decrement(ref failuresLeft) >= 0 ? 500 : 200;
            return c.Response.WriteAsync("{\"id\":\"1\"}");
        });
        await using var services = Services(new() { ["FanOut:OutboxRetryAfter"] = "00:00:00.050" });
        var outbox = services.GetRequiredService<PushOutbox>();
        await outbox.StartAsync(CancellationToken.None);

        await outbox.DeferAsync(Push(channel, "k3"), CancellationToken.None);

        Assert.True(await Eventually.TrueAsync(async () => (await services.GetRequiredService<DeliveryLedger>().GetAsync("k3", default))?.State == DeliveryState.Sent), "sent in the end");
        Assert.True(await Eventually.TrueAsync(async () => (await outbox.WaitingAsync(CancellationToken.None)).Count == 0), "the outbox emptied");
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task APushThatKeepsFailing_IsGivenUp_AndStaysFailedInTheLedger()
    {
        await using var channel = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var services = Services(new() { ["FanOut:OutboxRetryAfter"] = "00:00:00.050", ["FanOut:OutboxAttempts"] = "2" });
        var outbox = services.GetRequiredService<PushOutbox>();
        await outbox.StartAsync(CancellationToken.None);

        await outbox.DeferAsync(Push(channel, "k4"), CancellationToken.None);

        Assert.True(await Eventually.TrueAsync(async () => (await outbox.WaitingAsync(CancellationToken.None)).Count == 0), "given up");
        var record = await services.GetRequiredService<DeliveryLedger>().GetAsync("k4", default);
        Assert.Equal(DeliveryState.Failed, record!.State);
        Assert.Equal(2, record.Attempts);
        await outbox.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EntriesThatCannotBeRead_AreLeftForLater_AndTheOthersStillGo()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services(new() { ["FanOut:OutboxRetryAfter"] = "00:00:00.050" });
        var storage = services.GetRequiredService<IStorage>();
        // Left by a broken writer: pushes with no address to send to; more of them than the outbox has workers.
        for (var i = 0; i < 6; i++)
        {
            var broken = Push(channel, $"broken-{i}");
            broken.Recipient.ServiceUrl = null;
            await storage.WriteAsync(PushOutbox.KeyFor(broken.DeliveryKey), new PushOutboxEntry(PushOutboxEntry.CurrentVersion, broken, DateTimeOffset.UtcNow, 0),
                WriteCondition.IfAbsent);
        }

        var outbox = ActivatorUtilities.CreateInstance<PushOutbox>(services);
        var ledger = services.GetRequiredService<DeliveryLedger>();
        await outbox.StartAsync(CancellationToken.None);
        // Every worker has had a broken one in hand (each was claimed before it failed).
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            var tried = 0;
            for (var i = 0; i < 6; i++)
            {
                tried += await ledger.GetAsync($"broken-{i}", default) is null ? 0 : 1;
            }

            return tried >= 4;
        }), "the broken entries were tried");

        await outbox.DeferAsync(Push(channel, "k5"), CancellationToken.None);

        Assert.True(await Eventually.TrueAsync(() => channel.Requests.Count == 1, TimeSpan.FromSeconds(10)), "the good push went");
        Assert.NotNull(await storage.ReadAsync(PushOutbox.KeyFor("broken-0")));
        await outbox.StopAsync(CancellationToken.None);
    }

    private static PushMessage Push(LoopbackServer channel, string key) => Pushes.To(channel, key, "a:lead", "张伟提交了批评发言提纲，请审阅");

    private static ServiceProvider Services(Dictionary<string, string?>? extra = null) => Pushes.Services(extra, retries: 0);
}
