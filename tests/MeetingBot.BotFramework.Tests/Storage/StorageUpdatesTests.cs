using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.State;

namespace MeetingBot.BotFramework.Tests.Storage;

/// <summary>The one read-modify-write: decided on what is stored, decided again after a lost race, bounded.</summary>
public sealed class StorageUpdatesTests
{
    private const string Key = "counters/a";

    private readonly InterceptingStorage _storage = new();

    [Fact]
    public async Task AnAbsentDocument_IsCreated_AndAnExistingOneChangedOnWhatWasStored()
    {
        var created = await _storage.UpdateAsync<Tally>(Key, current => new Tally((current?.Count ?? 0) + 1));
        var changed = await _storage.UpdateAsync<Tally>(Key, current => new Tally((current?.Count ?? 0) + 1));

        Assert.True(created.Written);
        Assert.Equal(2, changed.Value!.Count);
        Assert.Equal(2, (await _storage.ReadAsync<Tally>(Key))!.Value.Count);
    }

    [Fact]
    public async Task NoChange_WritesNothing_AndReturnsWhatIsStored()
    {
        await _storage.UpdateAsync<Tally>(Key, _ => new Tally(7));

        var unchanged = await _storage.UpdateAsync<Tally>(Key, _ => null);

        Assert.False(unchanged.Written);
        Assert.Equal(7, unchanged.Value!.Count);
        Assert.Equal(1, _storage.Writes[Key]);
    }

    [Fact]
    public async Task ALostRace_IsDecidedAgainOnTheWinnersValue_SoNoUpdateIsLost()
    {
        await _storage.UpdateAsync<Tally>(Key, _ => new Tally(1));
        var raced = false;
        _storage.BeforeWrite = async key =>
        {
            if (!raced)
            {
                raced = true;
                await _storage.WriteDirectAsync(key, "{\"count\":10}");
            }
        };

        var updated = await _storage.UpdateAsync<Tally>(Key, current => new Tally(current!.Count + 1));

        Assert.True(raced);
        Assert.Equal(11, updated.Value!.Count);
        Assert.Equal(11, (await _storage.ReadAsync<Tally>(Key))!.Value.Count);
    }

    [Fact]
    public async Task ARaceLostOnEveryAttempt_Throws_AfterTheOneRetryPolicysAttempts()
    {
        await _storage.UpdateAsync<Tally>(Key, _ => new Tally(1));
        var decisions = 0;
        var competitor = 100;
        _storage.BeforeWrite = key => _storage.WriteDirectAsync(key, $"{{\"count\":{++competitor}}}");

        await Assert.ThrowsAsync<StorageConflictException>(() => _storage.UpdateAsync<Tally>(Key, current =>
        {
            decisions++;
            return new Tally(current!.Count + 1);
        }));

        Assert.Equal(StorageUpdates.MaxAttempts, decisions);
    }

    [Fact]
    public async Task CreateOrUpdate_OfAnAbsentDocument_WritesIfAbsentWithoutARead_AndReturnsItsETag()
    {
        var created = await _storage.CreateOrUpdateAsync<Tally>(Key, current => new Tally((current?.Count ?? 0) + 1));

        Assert.True(created.Written);
        Assert.False(_storage.Reads.ContainsKey(Key));
        var stored = await _storage.ReadAsync<Tally>(Key);
        Assert.Equal(1, stored!.Value.Count);
        Assert.Equal(stored.ETag, created.ETag);
    }

    [Fact]
    public async Task CreateOrUpdate_OfAnExistingDocument_DecidesAgainOnWhatIsStored()
    {
        await _storage.WriteDirectAsync(Key, "{\"count\":5}");
        var seen = new List<int?>();

        var updated = await _storage.CreateOrUpdateAsync<Tally>(Key, current =>
        {
            seen.Add(current?.Count);
            return new Tally((current?.Count ?? 0) + 1);
        });

        Assert.Equal([null, 5], seen);
        Assert.True(updated.Written);
        Assert.Equal(6, (await _storage.ReadAsync<Tally>(Key))!.Value.Count);
    }

    [Fact]
    public async Task CreateOrUpdate_ThatWritesNothing_StillAnswersWhatIsStored()
    {
        await _storage.WriteDirectAsync(Key, "{\"count\":3}");

        var unchanged = await _storage.CreateOrUpdateAsync<Tally>(Key, _ => null);

        Assert.False(unchanged.Written);
        Assert.Equal(3, unchanged.Value!.Count);
    }

    private sealed record Tally(int Count);
}
