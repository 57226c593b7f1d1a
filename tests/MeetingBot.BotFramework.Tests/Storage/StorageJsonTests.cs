using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.Tests.Storage;

/// <summary>
/// Records stored through the typed helpers have their own JSON rules (before, the wire's BotJson wrote them): they
/// keep the shape they were written in, so nothing stored needs migrating.
/// </summary>
public sealed class StorageJsonTests
{
    private const string Key = "notes/n-1";

    [Fact]
    public async Task ARecord_IsStoredCamelCase_WithoutNulls_AndChineseReadable()
    {
        IStorage storage = new MemoryStorage();

        await storage.WriteAsync(Key, new Note(1, "已阅", [], null), WriteCondition.IfAbsent);

        // The shape the wire's rules wrote: a list declared as IReadOnlyList is not an ICollection, so it stays even when empty.
        Assert.Equal("""{"version":1,"text":"已阅","tags":[]}""", (await storage.ReadAsync(Key))!.Json);
    }

    [Fact]
    public async Task ARecord_AsStoredBefore_ReadsBackWhole_AndAChangeKeepsItsShape()
    {
        IStorage storage = new MemoryStorage();
        await storage.WriteAsync(Key, """{"version":1,"text":"已阅","tags":["党建","li-si"],"detail":"见附件"}""", WriteCondition.IfAbsent);

        var changed = await storage.UpdateAsync<Note>(Key, note => note! with { Version = 2 });

        Assert.Equal(new[] { "党建", "li-si" }, changed.Value!.Tags);
        Assert.Equal("""{"version":2,"text":"已阅","tags":["党建","li-si"],"detail":"见附件"}""", (await storage.ReadAsync(Key))!.Json);
    }

    private sealed record Note(int Version, string Text, IReadOnlyList<string> Tags, string? Detail);
}
