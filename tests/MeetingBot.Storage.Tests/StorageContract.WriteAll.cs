using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Storage.Tests;

/// <summary>
/// What <see cref="IStorage.WriteAllAsync"/> promises (a turn's writes committed together): on a provider that writes
/// all or none, every change lands with the ETag it names or none does; on one that cannot (Azure Blob), the changes
/// are written in order and a conflict stops there.
/// </summary>
public abstract partial class StorageContract
{
    [Fact]
    public async Task WriteAll_WritesEveryChange_AndEachReadsBackWithTheETagReturned()
    {
        var first = await Storage.WriteAsync("turn/meeting", "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("turn/gone", "{\"v\":1}", WriteCondition.IfAbsent);

        var etags = await Storage.WriteAllAsync(
        [
            new DocumentChange("turn/meeting", "{\"v\":2}", WriteCondition.IfMatch(first), DocumentChange.NewTag()),
            new DocumentChange("turn/submission", "{\"s\":\"交\"}", WriteCondition.IfAbsent, DocumentChange.NewTag()),
            new DocumentChange("turn/state", "{\"dialog\":[]}", WriteCondition.Any, DocumentChange.NewTag()),
            new DocumentChange("turn/gone", null, WriteCondition.Any, null),
        ]);

        Assert.Equal(4, etags.Count);
        Assert.Equal(("{\"v\":2}", etags[0]), Read(await Storage.ReadAsync("turn/meeting")));
        Assert.Equal(("{\"s\":\"交\"}", etags[1]), Read(await Storage.ReadAsync("turn/submission")));
        Assert.Equal(("{\"dialog\":[]}", etags[2]), Read(await Storage.ReadAsync("turn/state")));
        Assert.Null(etags[3]);
        Assert.Null(await Storage.ReadAsync("turn/gone"));
    }

    [Fact]
    public async Task WriteAll_OnAProviderThatWritesAllOrNone_KeepsTheETagsItWasGiven()
    {
        if (!Storage.WritesAllOrNone)
        {
            return;
        }

        var tag = DocumentChange.NewTag();
        var etags = await Storage.WriteAllAsync([new DocumentChange("turn/a", "{}", WriteCondition.IfAbsent, tag), new DocumentChange("turn/b", "{}", WriteCondition.IfAbsent, DocumentChange.NewTag())]);

        Assert.Equal(tag, etags[0]);
        Assert.Equal(tag, (await Storage.ReadAsync("turn/a"))!.ETag);
    }

    [Theory]
    [InlineData("stale")]
    [InlineData("exists")]
    [InlineData("deleted-since")]
    public async Task WriteAll_WithOneConditionUnmet_ConflictsOnThatKey_AndWritesNothingWhereAllOrNone(string unmet)
    {
        var meeting = await Storage.WriteAsync("turn/meeting", "{\"v\":1}", WriteCondition.IfAbsent);
        var state = await Storage.WriteAsync("turn/state", "{\"s\":1}", WriteCondition.IfAbsent);
        var stale = meeting;
        if (unmet == "stale")
        {
            await Storage.WriteAsync("turn/meeting", "{\"v\":\"其他人\"}", WriteCondition.IfMatch(meeting));
        }
        else if (unmet == "exists")
        {
            await Storage.WriteAsync("turn/new", "{\"n\":\"其他人\"}", WriteCondition.IfAbsent);
        }
        else
        {
            await Storage.DeleteAsync("turn/meeting", WriteCondition.Any);
        }

        var before = Read(await Storage.ReadAsync("turn/meeting"));
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAllAsync(
        [
            new DocumentChange("turn/state", "{\"s\":2}", WriteCondition.IfMatch(state), DocumentChange.NewTag()),
            new DocumentChange("turn/meeting", "{\"v\":2}", WriteCondition.IfMatch(stale), DocumentChange.NewTag()),
            new DocumentChange("turn/new", "{\"n\":\"我\"}", WriteCondition.IfAbsent, DocumentChange.NewTag()),
        ]));

        Assert.Equal(unmet == "exists" ? "turn/new" : "turn/meeting", conflict.Key);
        if (Storage.WritesAllOrNone)
        {
            // The changes before the unmet one were not written either.
            Assert.Equal(before, Read(await Storage.ReadAsync("turn/meeting")));
            Assert.Equal(("{\"s\":1}", state), Read(await Storage.ReadAsync("turn/state")));
        }
        else
        {
            // In order: the state before the conflict is written, nothing after it.
            Assert.Equal("{\"s\":2}", (await Storage.ReadAsync("turn/state"))!.Json);
        }

        if (unmet != "exists")
        {
            Assert.Null(await Storage.ReadAsync("turn/new"));
        }
    }

    [Fact]
    public async Task WriteAll_DeleteOfAChangedDocument_Conflicts()
    {
        var first = await Storage.WriteAsync("turn/claim", "{\"v\":1}", WriteCondition.IfAbsent);
        await Storage.WriteAsync("turn/claim", "{\"v\":2}", WriteCondition.IfMatch(first));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAllAsync([new DocumentChange("turn/claim", null, WriteCondition.IfMatch(first), null)]));
        Assert.Equal("{\"v\":2}", (await Storage.ReadAsync("turn/claim"))!.Json);
    }

    [Fact]
    public async Task WriteAll_RacingTurnsOnOneDocument_OneWins_AndOnlyItsOtherWritesLand()
    {
        if (!Storage.WritesAllOrNone)
        {
            return;
        }

        var etag = await Storage.WriteAsync("race/meeting", "{\"v\":0}", WriteCondition.IfAbsent);
        var turns = Enumerable.Range(1, 12).Select(n => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteAllAsync(
                [
                    new DocumentChange($"race/own/{n:00}", $"{{\"n\":{n}}}", WriteCondition.IfAbsent, DocumentChange.NewTag()),
                    new DocumentChange("race/meeting", $"{{\"v\":{n}}}", WriteCondition.IfMatch(etag), DocumentChange.NewTag()),
                ]);
                return n;
            }
            catch (StorageConflictException)
            {
                return 0;
            }
        })).ToList();

        var winners = (await Task.WhenAll(turns)).Where(n => n > 0).ToList();

        var winner = Assert.Single(winners);
        Assert.Equal($"{{\"v\":{winner}}}", (await Storage.ReadAsync("race/meeting"))!.Json);
        var own = await Storage.ListAsync("race/own/");
        Assert.Equal([$"race/own/{winner:00}"], own.Select(d => d.Key));
    }

    private static (string Json, string? ETag)? Read(StoredDocument? document) => document is null ? null : (document.Json, document.ETag);
}
