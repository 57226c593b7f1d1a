using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Builder;

public sealed class ActivityDeduplicatorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private static readonly Microsoft.Extensions.Options.IOptions<AdapterOptions> Shared =
        Microsoft.Extensions.Options.Options.Create(new AdapterOptions { DeduplicateAcrossInstances = true });

    private readonly MemoryStorage _shared = new();
    private readonly ActivityDeduplicator _dedup;

    public ActivityDeduplicatorTests() => _dedup = new ActivityDeduplicator(_time, _shared, Shared);

    [Fact]
    public async Task Redelivery_WithinTenMinutes_IsRefused()
    {
        Assert.True(await _dedup.TryClaimAsync(Message("1")));
        await _dedup.HandledAsync(Message("1"));
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await _dedup.TryClaimAsync(Message("1")));
    }

    [Fact]
    public async Task Redelivery_AfterTheWindow_IsProcessedAgain()
    {
        await _dedup.TryClaimAsync(Message("1"));

        _time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));

        Assert.True(await _dedup.TryClaimAsync(Message("1")));
    }

    [Fact]
    public async Task SameId_InAnotherConversationOrChannel_IsADifferentActivity()
    {
        await _dedup.TryClaimAsync(Message("1"));

        Assert.True(await _dedup.TryClaimAsync(Message("1", conversation: "other")));
        Assert.True(await _dedup.TryClaimAsync(Message("1", channel: "directline")));
    }

    [Fact]
    public async Task ActivitiesWithoutId_AreNeverTreatedAsDuplicates()
    {
        Assert.True(await _dedup.TryClaimAsync(Message(null)));
        Assert.True(await _dedup.TryClaimAsync(Message(null)));
        Assert.Empty(await _shared.ListAsync(ActivityDeduplicator.KeyPrefix));
    }

    [Fact]
    public async Task Redelivery_ToAnotherInstanceOnTheSameStore_IsRefused()
    {
        using var other = new ActivityDeduplicator(_time, _shared, Shared);

        Assert.True(await _dedup.TryClaimAsync(Message("1")));
        await _dedup.HandledAsync(Message("1"));
        _time.Advance(TimeSpan.FromMinutes(9));

        Assert.False(await other.TryClaimAsync(Message("1")));
    }

    [Fact]
    public async Task Redelivery_ToAnotherInstance_WhileTheTurnRuns_IsRefused()
    {
        using var other = new ActivityDeduplicator(_time, _shared, Shared);

        Assert.True(await _dedup.TryClaimAsync(Message("1")));
        _time.Advance(TimeSpan.FromSeconds(50));

        // Not "handled": the channel is asked to send it again, since that instance may yet die mid-turn.
        Assert.Equal(ActivityClaimResult.RunningElsewhere, await other.ClaimAsync(Message("1")));
        await _dedup.HandledAsync(Message("1"));
        Assert.Equal(ActivityClaimResult.Handled, await other.ClaimAsync(Message("1")));
    }

    [Fact]
    public async Task Redelivery_OfATurnWhoseInstanceDied_IsHandledByAnotherOnceTheLeaseLapsed()
    {
        using var survivor = new ActivityDeduplicator(_time, _shared, Shared);
        // The first instance claims the activity and is killed before its turn ends: it never marks it handled.
        Assert.True(await _dedup.TryClaimAsync(Message("1")));

        _time.Advance(new AdapterOptions().ActivityClaimLease + TimeSpan.FromSeconds(1));

        Assert.True(await survivor.TryClaimAsync(Message("1")));
        await survivor.HandledAsync(Message("1"));
        _time.Advance(TimeSpan.FromMinutes(5));
        using var third = new ActivityDeduplicator(_time, _shared, Shared);
        Assert.False(await third.TryClaimAsync(Message("1")));
    }

    [Fact]
    public async Task AHandledClaim_IsStoredAsHandled_ForTheWholeWindow()
    {
        Assert.True(await _dedup.TryClaimAsync(Message("1")));
        await _dedup.HandledAsync(Message("1"));

        var stored = await _shared.ReadAsync<ActivityClaim>(ActivityDeduplicator.KeyFor(Message("1")));

        Assert.True(stored!.Value.Handled);
        Assert.Equal(stored.Value.ClaimedAt + ActivityDeduplicator.Window, stored.Value.ExpiresAt);
    }

    [Fact]
    public async Task ExpiredClaim_IsTakenOverByExactlyOneOfTwoInstances()
    {
        using var second = new ActivityDeduplicator(_time, _shared, Shared);
        using var third = new ActivityDeduplicator(_time, _shared, Shared);
        Assert.True(await _dedup.TryClaimAsync(Message("1")));
        _time.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));

        var claimed = await Task.WhenAll(second.TryClaimAsync(Message("1")), third.TryClaimAsync(Message("1")));

        Assert.Equal(1, claimed.Count(c => c));
    }

    [Fact]
    public async Task ManyInstances_ClaimingOneActivityAtOnce_OnlyOneWins()
    {
        var instances = Enumerable.Range(0, 8).Select(_ => new ActivityDeduplicator(_time, _shared, Shared)).ToList();

        var claimed = await Task.WhenAll(instances.Select(i => Task.Run(() => i.TryClaimAsync(Message("1")))));

        Assert.Equal(1, claimed.Count(c => c));
        instances.ForEach(i => i.Dispose());
    }

    [Fact]
    public async Task Pruner_DeletesOnlyExpiredClaims()
    {
        await _dedup.TryClaimAsync(Message("old"));
        await _dedup.HandledAsync(Message("old"));
        _time.Advance(TimeSpan.FromMinutes(6));
        await _dedup.TryClaimAsync(Message("recent"));
        await _dedup.HandledAsync(Message("recent"));
        _time.Advance(TimeSpan.FromMinutes(5));

        var deleted = await new ActivityClaimPruner(_shared, _time, NullLogger<ActivityClaimPruner>.Instance).PruneAsync(default);

        Assert.Equal(1, deleted);
        Assert.Equal([ActivityDeduplicator.KeyFor(Message("recent"))], (await _shared.ListAsync(ActivityDeduplicator.KeyPrefix)).Select(d => d.Key));
    }

    public void Dispose() => _dedup.Dispose();

    private static Activity Message(string? id, string conversation = "c", string channel = "msteams") =>
        new() { Type = ActivityTypes.Message, Id = id, ChannelId = channel, Conversation = new ConversationAccount(conversation) };

    [Fact]
    public async Task OnOneInstance_TheClaimStaysInMemory_AndTheStoreIsNotWritten()
    {
        var store = new MemoryStorage();
        using var single = new ActivityDeduplicator(_time, store, Microsoft.Extensions.Options.Options.Create(new AdapterOptions()));

        Assert.True(await single.TryClaimAsync(Message("9")));
        Assert.False(await single.TryClaimAsync(Message("9")));
        Assert.Empty(await store.ListAsync(ActivityDeduplicator.KeyPrefix));
    }
}
