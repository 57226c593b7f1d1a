using MeetingBot.Delivery;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Delivery.Tests;

public sealed class DeliveryLedgerTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 8, 1, 0, 0, TimeSpan.Zero));
    private readonly DeliveryLedger _ledger;

    public DeliveryLedgerTests() => _ledger = new DeliveryLedger(new MemoryStorage(), _time);

    [Fact]
    public async Task SentPush_IsNeverClaimedAgain_ByAnyHolder()
    {
        Assert.Equal(ClaimResult.Claimed, await _ledger.TryClaimAsync("m1/study/29:a/1", "node-a", Lease, default));
        await _ledger.MarkSentAsync("m1/study/29:a/1", "node-a", default);

        Assert.Equal(ClaimResult.Done, await _ledger.TryClaimAsync("m1/study/29:a/1", "node-a", Lease, default));
        Assert.Equal(ClaimResult.Done, await _ledger.TryClaimAsync("m1/study/29:a/1", "node-b", Lease, default));
    }

    [Fact]
    public async Task ClaimHeldByALiveHolder_IsBusyForOthers()
    {
        await _ledger.TryClaimAsync("k", "node-a", Lease, default);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(ClaimResult.Busy, await _ledger.TryClaimAsync("k", "node-b", Lease, default));
    }

    [Fact]
    public async Task ClaimWhoseHolderDied_IsTakenOverOnceTheLeaseEnds()
    {
        await _ledger.TryClaimAsync("k", "node-a", Lease, default);
        _time.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal(ClaimResult.Claimed, await _ledger.TryClaimAsync("k", "node-b", Lease, default));
        Assert.Equal(2, (await _ledger.GetAsync("k", default))!.Attempts);
    }

    [Fact]
    public async Task UnreachableRecipient_IsFinal_FailedOneMayBeTriedAgain()
    {
        await _ledger.TryClaimAsync("gone", "node-a", Lease, default);
        await _ledger.MarkFailedAsync("gone", "node-a", "403 ConversationBlockedByUser", final: true, default);
        await _ledger.TryClaimAsync("flaky", "node-a", Lease, default);
        await _ledger.MarkFailedAsync("flaky", "node-a", "503", final: false, default);

        Assert.Equal(ClaimResult.Done, await _ledger.TryClaimAsync("gone", "node-a", Lease, default));
        Assert.Equal(ClaimResult.Claimed, await _ledger.TryClaimAsync("flaky", "node-a", Lease, default));
    }

    [Fact]
    public async Task TwoNodesClaimingAtOnce_OnlyOneGetsIt()
    {
        var storage = new MemoryStorage();
        var ledger = new DeliveryLedger(storage, _time);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => ledger.TryClaimAsync("k", $"node-{i}", Lease, default)));

        Assert.Equal(1, results.Count(r => r == ClaimResult.Claimed));
    }
}
