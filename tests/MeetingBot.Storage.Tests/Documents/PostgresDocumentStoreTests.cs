using MeetingBot.Storage.Documents;
using MeetingBot.Storage.Postgres;
using MeetingBot.Storage.Tests.Postgres;

namespace MeetingBot.Storage.Tests.Documents;

/// <summary>The document store contract against a real PostgreSQL.</summary>
public sealed class PostgresDocumentStoreTests : DocumentStoreContract, IAsyncDisposable
{
    private readonly PostgresStorageOptions _options = TestPostgres.NewTable("files");
    private readonly PostgresDocumentStore _store;

    public PostgresDocumentStoreTests() => _store = new PostgresDocumentStore(_options);

    protected override IDocumentStore Store => _store;

    [Fact]
    public async Task TwoInstances_PuttingToOneKey_NumberTheirVersionsTogether()
    {
        await using var other = new PostgresDocumentStore(_options);

        await PutAsync("meetings/m1:u1", [1]);
        var second = await other.PutAsync("meetings/m1:u1", new MemoryStream([2]), Docx, "对照检查材料.docx");

        Assert.Equal(2, second.Version);
        Assert.Equal([1, 2], (await Store.ListVersionsAsync("meetings/m1:u1")).Select(f => f.Version));
        await using var opened = await Store.GetAsync("meetings/m1:u1");
        Assert.Equal("对照检查材料.docx", opened!.File.FileName);
        Assert.Equal([2], await ReadAllAsync(opened.Content));
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        await TestPostgres.DropAsync(_options);
    }
}
