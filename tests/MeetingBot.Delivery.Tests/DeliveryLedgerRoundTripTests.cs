using MeetingBot.Delivery;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Delivery.Tests;

/// <summary>The ledger's budget per recipient of a reminder: claim and settle, at most two storage operations.</summary>
public sealed class DeliveryLedgerRoundTripTests
{
    private const int Budget = 2;
    private static readonly string Ledger = DeliveryLedger.KeyFor(string.Empty);

    [Fact]
    public async Task FirstPushToEachRecipient_CostsTheLedgerAtMostTwoStorageOperations()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        var storage = new CountingStorage();
        await using var services = DeliveryHost.Build(new Dictionary<string, string?>(), storage: storage);
        var sender = services.GetRequiredService<ProactiveSender>();

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Pushes.To(channel, $"m1/study/1/u{i}", $"a:u{i}"), default));
        }

        var perRecipient = storage.Operations.Where(o => o.Key.StartsWith(Ledger, StringComparison.Ordinal)).GroupBy(o => o.Key).ToList();
        Assert.Equal(10, perRecipient.Count);
        Assert.All(perRecipient, g => Assert.True(g.Count() <= Budget, $"{g.Key}: {string.Join(", ", g.Select(o => o.Operation))}"));
        Assert.All(Enumerable.Range(0, 10), i => Assert.Equal(DeliveryState.Sent, services.GetRequiredService<DeliveryLedger>().GetAsync($"m1/study/1/u{i}", default).Result!.State));
    }

    [Theory]
    [InlineData(404, "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"gone\"}}")]
    [InlineData(500, "{}")]
    public async Task PushThatFails_IsRecordedWithinTheSameBudget(int status, string body)
    {
        await using var channel = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = status;
            await c.Response.WriteAsync(body);
        });
        var storage = new CountingStorage();
        await using var counted = DeliveryHost.Build(new Dictionary<string, string?> { ["Connector:MaxRetryAttempts"] = "0" }, storage: storage);

        var outcome = await counted.GetRequiredService<ProactiveSender>().SendAsync(Pushes.To(channel, "k"), default);

        Assert.NotEqual(PushOutcome.Delivered, outcome);
        Assert.True(storage.CountUnder(Ledger) <= Budget, string.Join(", ", storage.Operations));
        Assert.NotEqual(DeliveryState.Claimed, (await counted.GetRequiredService<DeliveryLedger>().GetAsync("k", default))!.State);
    }

    [Fact]
    public async Task ClaimOfAPushTriedBefore_StillSeesItsRecord()
    {
        await using var channel = await LoopbackServer.StartAsync(c => c.Response.WriteAsync("{\"id\":\"1\"}"));
        var storage = new CountingStorage();
        await using var services = DeliveryHost.Build(new Dictionary<string, string?>(), storage: storage);
        var sender = services.GetRequiredService<ProactiveSender>();

        Assert.Equal(PushOutcome.Delivered, await sender.SendAsync(Pushes.To(channel, "k"), default));
        Assert.Equal(PushOutcome.AlreadyDone, await sender.SendAsync(Pushes.To(channel, "k"), default));

        Assert.Single(channel.Requests);
    }
}
