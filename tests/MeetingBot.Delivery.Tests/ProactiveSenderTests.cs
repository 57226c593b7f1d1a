using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Delivery.Tests;

public sealed class ProactiveSenderTests
{
    [Fact]
    public async Task Push_IsDeliveredOnce_EvenWhenFiredAgain()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services();
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(channel, "m1/study/29:a/1"), default));
        Assert.Equal(PushOutcome.AlreadyDone, await sender.SendAsync(Push(channel, "m1/study/29:a/1"), default));

        Assert.Single(channel.Requests);
        Assert.Contains("请提交学习心得", channel.Requests.Single().Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"blocked\"}}")]
    [InlineData(404, "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"gone\"}}")]
    public async Task UnreachableRecipient_IsMarkedSo_AndNeverTriedAgain(int status, string body)
    {
        await using var channel = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = status;
            await c.Response.WriteAsync(body);
        });
        await using var services = Services();
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Unreachable, await sender.SendAsync(Push(channel, "k"), default));
        Assert.Equal(PushOutcome.AlreadyDone, await sender.SendAsync(Push(channel, "k"), default));

        Assert.Single(channel.Requests);
        Assert.Equal(DeliveryState.Unreachable, (await services.GetRequiredService<DeliveryLedger>().GetAsync("k", default))!.State);
    }

    [Fact]
    public async Task FailedPush_CanBeSentLater()
    {
        var fail = true;
        await using var channel = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = fail ? 500 : 200;
            return Task.CompletedTask;
        });
        await using var services = Services();
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Failed, await sender.SendAsync(Push(channel, "k"), default));
        fail = false;
        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(channel, "k"), default));
    }

    [Fact]
    public async Task Throttled_OncePausesEveryFollowingPushToThatChannel()
    {
        var calls = 0;
        await using var channel = await LoopbackServer.StartAsync(c =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.StatusCode = 429;
                c.Response.Headers.RetryAfter = "2";
            }

            return Task.CompletedTask;
        });
        await using var services = Services(new() { ["Connector:MaxRetryAttempts"] = "0" });
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Failed, await sender.SendAsync(Push(channel, "a", "a:one"), default));
        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(channel, "b", "a:two"), default));

        var requests = channel.Requests.ToArray();
        // Another conversation, yet it waited out the channel's Retry-After.
        Assert.True(requests[1].ArrivedAt - requests[0].ArrivedAt >= TimeSpan.FromSeconds(1.9), $"waited {requests[1].ArrivedAt - requests[0].ArrivedAt}");
    }

    [Fact]
    public async Task ManyPushesToOneConversation_KeepToTheTeamsWindows()
    {
        await using var channel = await LoopbackServer.StartAsync(_ => Task.CompletedTask);
        await using var services = Services();
        var sender = services.GetRequiredService<ProactiveSender>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 17).Select(i => sender.SendAsync(Push(channel, $"k{i}"), default)));

        Assert.All(outcomes, o => Assert.Equal(PushOutcome.Delivered, o));
        var times = channel.Requests.Select(r => r.ArrivedAt).Order().ToArray();
        Assert.True(MostWithin(times, TimeSpan.FromSeconds(1)) <= 7, "more than 7 in one second");
        Assert.True(MostWithin(times, TimeSpan.FromSeconds(2)) <= 8, "more than 8 in two seconds");
    }

    [Fact]
    public async Task PushCancelledWhileWaitingItsTurn_IsNotSent_AndIsRecordedCancelled()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services(new() { ["FanOut:PerConversationPerTwoSeconds"] = "1", ["FanOut:PerConversationPerSecond"] = "1" });
        var sender = services.GetRequiredService<ProactiveSender>();
        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(channel, "first"), default));
        using var cancel = new CancellationTokenSource();

        // The conversation's two-second window holds the second push; cancelling it then sends nothing.
        var waiting = sender.SendAsync(Push(channel, "second"), cancel.Token);
        await cancel.CancelAsync();

        Assert.Equal(PushOutcome.Cancelled, await waiting);
        Assert.Single(channel.Requests);
        Assert.Equal(DeliveryState.Cancelled, (await services.GetRequiredService<DeliveryLedger>().GetAsync("second", default))!.State);
    }

    [Fact]
    public async Task SendIfNow_SendsWhenNothingMustWait_AndOtherwiseSendsAndRecordsNothing()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        await using var services = Services(new() { ["FanOut:PerConversationPerTwoSeconds"] = "1", ["FanOut:PerConversationPerSecond"] = "1" });
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Delivered, await sender.SendIfNowAsync(Push(channel, "first"), default));
        // The conversation's window is spent: not sent, not even claimed, so a later attempt (the outbox's) is free to.
        Assert.Equal(PushOutcome.NotNow, await sender.SendIfNowAsync(Push(channel, "second"), default));
        // Another conversation is not held up by it.
        Assert.Equal(PushOutcome.Delivered, await sender.SendIfNowAsync(Push(channel, "third", "a:other"), default));

        Assert.Equal(2, channel.Requests.Count);
        Assert.Null(await services.GetRequiredService<DeliveryLedger>().GetAsync("second", default));
        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Push(channel, "second"), default));
    }

    private static int MostWithin(DateTimeOffset[] times, TimeSpan window) =>
        times.Select((start, i) => times.Skip(i).Count(t => t - start < window)).Max();

    private static PushMessage Push(LoopbackServer channel, string key, string conversation = "a:member") => Pushes.To(channel, key, conversation);

    private static ServiceProvider Services(Dictionary<string, string?>? extra = null) => Pushes.Services(extra);
}
