using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Storage.Tests;

/// <summary>
/// What every <see cref="IStorage"/> provider promises. Each provider's test class inherits this and supplies a
/// fresh, empty store.
/// </summary>
public abstract partial class StorageContract
{
    protected abstract IStorage Storage { get; }

    [Fact]
    public async Task Read_OfMissingKey_IsNull()
    {
        Assert.Null(await Storage.ReadAsync("nothing/here"));
    }

    [Fact]
    public async Task Write_ThenRead_ReturnsTheDocumentWithTheWrittenETag()
    {
        var etag = await Storage.WriteAsync("meetings/m1", "{\"theme\":\"专题民主生活会\"}", WriteCondition.IfAbsent);

        var read = await Storage.ReadAsync("meetings/m1");

        Assert.NotNull(read);
        Assert.Equal("{\"theme\":\"专题民主生活会\"}", read.Json);
        Assert.Equal(etag, read.ETag);
    }

    [Theory]
    [InlineData("29:1abc/with:colons")]
    [InlineData("19:abc@thread.tacv2;messageid=171")]
    [InlineData("a:b/c?d#e%20f\\g")]
    [InlineData("用户/张三")]
    [InlineData("..")]
    public async Task Keys_AreFreeText(string key)
    {
        await Storage.WriteAsync(key, "{\"k\":1}", WriteCondition.Any);

        Assert.Equal("{\"k\":1}", (await Storage.ReadAsync(key))?.Json);
    }

    [Fact]
    public async Task WriteIfAbsent_WhenTheKeyExists_ConflictsAndKeepsTheFirst()
    {
        await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.IfAbsent));
        Assert.Equal("{\"v\":1}", (await Storage.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task WriteIfMatch_WithStaleETag_ConflictsAndKeepsTheNewer()
    {
        var first = await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);
        var second = await Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.IfMatch(first));

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("k", "{\"v\":3}", WriteCondition.IfMatch(first)));

        Assert.Equal("k", conflict.Key);
        Assert.NotEqual(first, second);
        Assert.Equal("{\"v\":2}", (await Storage.ReadAsync("k"))!.Json);
    }

    [Fact]
    public async Task WriteIfMatch_OnMissingKey_Conflicts()
    {
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync("k", "{}", WriteCondition.IfMatch("\"nope\"")));
        Assert.Null(await Storage.ReadAsync("k"));
    }

    [Fact]
    public async Task WriteAny_OverwritesWhateverIsThere()
    {
        await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);

        var etag = await Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.Any);

        Assert.Equal(etag, (await Storage.ReadAsync("k"))!.ETag);
    }

    [Fact]
    public async Task TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        var etag = await Storage.WriteAsync("k", "{\"v\":0}", WriteCondition.IfAbsent);

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(async i =>
        {
            try
            {
                await Storage.WriteAsync("k", $"{{\"v\":{i}}}", WriteCondition.IfMatch(etag));
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task FiftyConcurrentWriters_OnOneKeyWithETags_LoseNoIncrement()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => IncrementAsync("counter"))));

        Assert.Equal(50, (await Storage.ReadAsync<Counter>("counter"))!.Value.Count);
    }

    [Fact]
    public async Task Delete_RemovesTheDocument_AndReportsWhetherItExisted()
    {
        await Storage.WriteAsync("k", "{}", WriteCondition.IfAbsent);

        Assert.True(await Storage.DeleteAsync("k", WriteCondition.Any));
        Assert.False(await Storage.DeleteAsync("k", WriteCondition.Any));
        Assert.Null(await Storage.ReadAsync("k"));
    }

    [Fact]
    public async Task DeleteIfAbsent_OfAnExistingDocument_ConflictsAndKeepsIt()
    {
        await Storage.WriteAsync("k", "{}", WriteCondition.IfAbsent);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.DeleteAsync("k", WriteCondition.IfAbsent));
        Assert.NotNull(await Storage.ReadAsync("k"));
        Assert.False(await Storage.DeleteAsync("missing", WriteCondition.IfAbsent));
    }

    [Fact]
    public async Task DeleteIfMatch_WithStaleETag_ConflictsAndKeepsTheDocument()
    {
        var first = await Storage.WriteAsync("k", "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("k", "{\"v\":2}", WriteCondition.IfMatch(first));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.DeleteAsync("k", WriteCondition.IfMatch(first)));
        Assert.NotNull(await Storage.ReadAsync("k"));
    }

    [Fact]
    public async Task List_ReturnsEveryDocumentUnderThePrefix_WithItsETag_InKeyOrder()
    {
        var outline = await Storage.WriteAsync("meetings/m1/submissions/outline/29:a/29:b", "{\"v\":2}", WriteCondition.IfAbsent);
        var header = await Storage.WriteAsync("meetings/m1/meeting", "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("meetings/m10/meeting", "{}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("meetings/m1", "{}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("other/meetings/m1/x", "{}", WriteCondition.IfAbsent);

        var found = await Storage.ListAsync("meetings/m1/");

        Assert.Equal(["meetings/m1/meeting", "meetings/m1/submissions/outline/29:a/29:b"], found.Select(d => d.Key));
        Assert.Equal([header, outline], found.Select(d => d.ETag));
        Assert.Equal("{\"v\":2}", found[1].Json);
    }

    [Fact]
    public async Task ReadIfChanged_AtTheETagHeld_IsUnchanged_AfterAWriteIsTheNewText_AfterADeleteIsNone()
    {
        var first = await Storage.WriteAsync("meetings/m1/meeting", "{\"v\":1}", WriteCondition.IfAbsent);

        var same = await Storage.ReadIfChangedAsync("meetings/m1/meeting", first);
        var second = await Storage.WriteAsync("meetings/m1/meeting", "{\"v\":2}", WriteCondition.IfMatch(first));
        var changed = await Storage.ReadIfChangedAsync("meetings/m1/meeting", first);
        var sameAgain = await Storage.ReadIfChangedAsync("meetings/m1/meeting", second);
        await Storage.DeleteAsync("meetings/m1/meeting", WriteCondition.IfMatch(second));
        var gone = await Storage.ReadIfChangedAsync("meetings/m1/meeting", second);
        var never = await Storage.ReadIfChangedAsync("nothing/here", first);

        Assert.Equal((true, null), (same.Unchanged, same.Document));
        Assert.False(changed.Unchanged);
        Assert.Equal(("{\"v\":2}", second), (changed.Document!.Json, changed.Document.ETag));
        Assert.True(sameAgain.Unchanged);
        Assert.Equal((false, null), (gone.Unchanged, gone.Document));
        Assert.Equal((false, null), (never.Unchanged, never.Document));
    }

    [Fact]
    public void ReadIfChanged_IsAnsweredByTheProvider_NotByTheDefaultThatReadsTheText()
    {
        var own = Storage.GetType().GetMethod(nameof(IStorage.ReadIfChangedAsync), System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly);

        Assert.NotNull(own);
    }

    [Fact]
    public async Task ReadMany_ReturnsEachStoredKeyOnceWithItsETag_AndLeavesOutMissingOnes()
    {
        var first = await Storage.WriteAsync("references/personal/msteams/29:甲", "{\"n\":1}", WriteCondition.IfAbsent);
        var second = await Storage.WriteAsync("references/personal/msteams/29:乙", "{\"n\":2}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("references/personal/msteams/29:丙", "{\"n\":3}", WriteCondition.IfAbsent);

        var found = await Storage.ReadManyAsync(
            ["references/personal/msteams/29:甲", "references/personal/msteams/29:乙", "references/personal/msteams/29:甲", "references/personal/msteams/nobody"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(("{\"n\":1}", first), (found["references/personal/msteams/29:甲"].Json, found["references/personal/msteams/29:甲"].ETag));
        Assert.Equal(("{\"n\":2}", second), (found["references/personal/msteams/29:乙"].Json, found["references/personal/msteams/29:乙"].ETag));
        Assert.Empty(await Storage.ReadManyAsync([]));
    }

    [Fact]
    public async Task ReadMany_OfMoreKeysThanOneStatementTakes_FindsThemAll()
    {
        var keys = Enumerable.Range(0, 1203).Select(i => $"many/{i:D4}").ToList();
        foreach (var key in keys.Where((_, i) => i % 2 == 0))
        {
            await Storage.WriteAsync(key, "{}", WriteCondition.IfAbsent);
        }

        var found = await Storage.ReadManyAsync(keys);

        Assert.Equal(602, found.Count);
        Assert.All(found, pair => Assert.Equal(0, int.Parse(pair.Key[5..], System.Globalization.CultureInfo.InvariantCulture) % 2));
    }

    [Fact]
    public async Task List_FindsKeysWithChineseTextAndLongNames_AndNothingForAnUnknownPrefix()
    {
        var longTail = new string('x', 1500);
        await Storage.WriteAsync("会议/甲/" + longTail, "{}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("会议/甲/b", "{}", WriteCondition.IfAbsent);

        Assert.Equal(2, (await Storage.ListAsync("会议/甲/")).Count);
        Assert.Empty(await Storage.ListAsync("会议/乙/"));
    }

    [Fact]
    public async Task TypedDocuments_RoundTripWithTheirTypes()
    {
        var etag = await Storage.WriteAsync("typed", new Sample(3, 42L, "会议", [1, 2]), WriteCondition.IfAbsent);

        var read = await Storage.ReadAsync<Sample>("typed");

        Assert.Equal(etag, read!.ETag);
        Assert.Equal(3, read.Value.Version);
        Assert.Equal(42L, read.Value.Count);
        Assert.Equal("会议", read.Value.Name);
        Assert.Equal([1, 2], read.Value.Items);
    }

    public sealed record Counter(int Count);

    /// <summary>Read-modify-write as the bot does it: re-read and re-apply after a lost race, a bounded number of times.</summary>
    private async Task IncrementAsync(string key)
    {
        // Each round at least one of the 50 writers wins, so none needs more than 50 attempts.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var current = await Storage.ReadAsync<Counter>(key);
            try
            {
                await Storage.WriteAsync(key, new Counter((current?.Value.Count ?? 0) + 1), WriteCondition.For(current?.ETag));
                return;
            }
            catch (StorageConflictException)
            {
                // Another writer got there first: read its value and try again.
            }
        }

        throw new InvalidOperationException($"Gave up incrementing '{key}' after 50 conflicts.");
    }

    public sealed record Sample(int Version, long Count, string Name, IReadOnlyList<int> Items);
}
