using MeetingBot.Delivery;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Delivery.Tests;

/// <summary>A cancelled fan-out records its unsent pushes as cancelled, and only those.</summary>
public sealed class DeliveryLedgerCancellationTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 8, 1, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage _storage = new();
    private readonly DeliveryLedger _ledger;

    public DeliveryLedgerCancellationTests() => _ledger = new DeliveryLedger(_storage, _time);

    [Fact]
    public async Task UnclaimedPush_IsRecordedCancelled_AndCanBeClaimedLater()
    {
        await _ledger.MarkCancelledAsync("meetings/m1/reminders/x/y/1/u1", null, default);

        Assert.Equal(DeliveryState.Cancelled, (await _ledger.GetAsync("meetings/m1/reminders/x/y/1/u1", default))!.State);
        Assert.Equal(ClaimResult.Claimed, await _ledger.TryClaimAsync("meetings/m1/reminders/x/y/1/u1", "node-a", Lease, default));
        Assert.Equal(1, (await _ledger.GetAsync("meetings/m1/reminders/x/y/1/u1", default))!.Attempts);
    }

    [Fact]
    public async Task SentUnreachableFailedAndOthersLiveClaims_KeepTheirState()
    {
        await Settle("sent", s => _ledger.MarkSentAsync("sent", "node-a", default));
        await Settle("gone", s => _ledger.MarkFailedAsync("gone", "node-a", "403", final: true, default));
        await Settle("failed", s => _ledger.MarkFailedAsync("failed", "node-a", "500", final: false, default));
        await _ledger.TryClaimAsync("busy", "node-b", Lease, default);

        foreach (var key in new[] { "sent", "gone", "failed", "busy" })
        {
            await _ledger.MarkCancelledAsync(key, "node-a", default);
        }

        Assert.Equal(
            [DeliveryState.Sent, DeliveryState.Unreachable, DeliveryState.Failed, DeliveryState.Claimed],
            [.. await Task.WhenAll(new[] { "sent", "gone", "failed", "busy" }.Select(async k => (await _ledger.GetAsync(k, default))!.State))]);
    }

    [Fact]
    public async Task OwnClaim_OrOneWhoseLeaseRanOut_IsCancelled()
    {
        await _ledger.TryClaimAsync("mine", "node-a", Lease, default);
        await _ledger.TryClaimAsync("dead", "node-b", Lease, default);
        _time.Advance(Lease + TimeSpan.FromSeconds(1));

        await _ledger.MarkCancelledAsync("mine", "node-a", default);
        await _ledger.MarkCancelledAsync("dead", null, default);

        Assert.Equal(DeliveryState.Cancelled, (await _ledger.GetAsync("mine", default))!.State);
        Assert.Equal(DeliveryState.Cancelled, (await _ledger.GetAsync("dead", default))!.State);
        Assert.Null((await _ledger.GetAsync("dead", default))!.LeaseUntil);
    }

    [Fact]
    public async Task List_ReturnsThePushesUnderAPrefix()
    {
        await _ledger.MarkCancelledAsync("meetings/m1/reminders/a/u1", null, default);
        await _ledger.MarkCancelledAsync("meetings/m1/reminders/a/u2", null, default);
        await _ledger.MarkCancelledAsync("meetings/m2/reminders/a/u1", null, default);

        Assert.Equal(["meetings/m1/reminders/a/u1", "meetings/m1/reminders/a/u2"], (await _ledger.ListAsync("meetings/m1/", default)).Select(r => r.Key));
    }

    private async Task Settle(string key, Func<string, Task> settle)
    {
        await _ledger.TryClaimAsync(key, "node-a", Lease, default);
        await settle(key);
    }
}
