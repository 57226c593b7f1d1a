using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Postgres;

namespace MeetingBot.Storage.Tests.Postgres;

/// <summary>The storage contract (ETags, if-absent, list by prefix, 50 concurrent writers) against a real PostgreSQL.</summary>
public sealed class PostgresStorageTests : StorageContract, IAsyncDisposable
{
    private readonly PostgresStorageOptions _options = TestPostgres.NewTable("state");
    private readonly PostgresStorage _storage;

    public PostgresStorageTests() => _storage = new PostgresStorage(_options);

    protected override IStorage Storage => _storage;

    [Fact]
    public async Task TwoInstances_OnOneTable_SeeEachOthersWritesAndConditions()
    {
        await using var other = new PostgresStorage(_options);
        var etag = await Storage.WriteAsync("meetings/m1/meeting", "{\"v\":1}", WriteCondition.IfAbsent);

        await Assert.ThrowsAsync<StorageConflictException>(() => other.WriteAsync("meetings/m1/meeting", "{\"v\":2}", WriteCondition.IfAbsent));
        var updated = await other.WriteAsync("meetings/m1/meeting", "{\"v\":3}", WriteCondition.IfMatch(etag));

        Assert.Equal(updated, (await Storage.ReadAsync("meetings/m1/meeting"))!.ETag);
    }

    [Fact]
    public async Task List_TreatsPercentAndUnderscoreInThePrefixAsText()
    {
        await Storage.WriteAsync("a%b_c/1", "{}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("aXbYc/1", "{}", WriteCondition.IfAbsent);

        Assert.Equal(["a%b_c/1"], (await Storage.ListAsync("a%b_c/")).Select(d => d.Key));
    }

    [Fact]
    public async Task FirstUse_ByManyInstancesAtOnce_CreatesTheTableOnce()
    {
        var options = TestPostgres.NewTable("race");
        var instances = Enumerable.Range(0, 8).Select(_ => new PostgresStorage(options)).ToList();
        try
        {
            await Task.WhenAll(instances.Select((instance, i) => instance.WriteAsync($"k{i}", "{}", WriteCondition.IfAbsent)));

            Assert.Equal(8, (await instances[0].ListAsync("k")).Count);
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }

            await TestPostgres.DropAsync(options);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        await TestPostgres.DropAsync(_options);
    }
}
