using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Storage;
using MeetingBot.BotFramework.Tests.Dialogs;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.State;

/// <summary>
/// On a storage that writes all or none, a turn's domain writes are held and committed with its state in one
/// <see cref="IStorage.WriteAllAsync"/>: the run sees its own writes, a race lost at the commit saves nothing of that
/// run, and the replay decides again on what the winner wrote.
/// </summary>
public sealed class HeldWritesTests
{
    private const string ConversationKey = "state/conversation/directline/conversation-1";

    [Fact]
    public async Task ADomainWriteAndTheState_AreCommittedTogether_AndTheRunReadsItsOwnWrite()
    {
        var storage = new InterceptingStorage(allOrNone: true);
        await using var chat = new Transcript(sp => new LedgerBot(storage, sp.GetRequiredService<ConversationState>()), storage);

        Assert.Equal(["tally=1"], await chat.SendAsync("count"));
        storage.Writes.Clear();
        Assert.Equal(["tally=2"], await chat.SendAsync("count"));

        Assert.Equal([[LedgerBot.TallyKey, ConversationKey], [LedgerBot.TallyKey, ConversationKey]], storage.Commits.ToArray());
        // Nothing written on its own (the first turn also stored the conversation's references, before the turn ran).
        Assert.Empty(storage.Writes.Keys);
        Assert.Equal(2, (await storage.ReadAsync<Counter>(LedgerBot.TallyKey))!.Value.Value);
    }

    [Fact]
    public async Task ARaceLostAtTheCommit_SavesNothingOfThatRun_AndTheReplayCountsOnWhatTheWinnerWrote()
    {
        var storage = new InterceptingStorage(allOrNone: true);
        await using var chat = new Transcript(sp => new LedgerBot(storage, sp.GetRequiredService<ConversationState>()), storage);
        Assert.Equal(["tally=1"], await chat.SendAsync("count"));
        var raced = 0;
        storage.BeforeWrite = async key =>
        {
            // Another instance adds 9 to the tally between this run's read and its commit, once.
            if (key == LedgerBot.TallyKey && raced++ == 0)
            {
                await storage.WriteDirectAsync(key, "{\"version\":1,\"value\":10}");
            }
        };

        var replies = await chat.SendAsync("count");

        Assert.Equal(["tally=11"], replies);
        // The first turn's commit, the lost run's, the replay's.
        Assert.Equal(3, storage.Commits.Count);
        Assert.Equal(11, (await storage.ReadAsync<Counter>(LedgerBot.TallyKey))!.Value.Value);
        // The lost run's state was not saved either: the conversation counted two turns, not three.
        Assert.Equal(2, (await storage.ReadAsync<TurnsScope>(ConversationKey))!.Value.Turns.Value);
    }

    [Fact]
    public async Task ARunsListing_ShowsWhatItFiled_AndNotWhatItWithdrew()
    {
        var storage = new InterceptingStorage(allOrNone: true);
        await storage.WriteDirectAsync("items/a", "{\"item\":\"a\"}");
        await storage.WriteDirectAsync("items/c", "{\"item\":\"c\"}");
        await using var chat = new Transcript(sp => new LedgerBot(storage, sp.GetRequiredService<ConversationState>()), storage);

        Assert.Equal(["withdrawn=True items=items/b,items/c"], await chat.SendAsync("file"));

        Assert.Equal(["items/b", "items/c"], (await storage.ListAsync("items/")).Select(d => d.Key));
        Assert.Equal(["items/b", "items/a", ConversationKey], storage.Commits.Single());
    }

    [Fact]
    public async Task OnAStorageThatCannotWriteAllOrNone_EachWriteGoesThroughAsItIsDecided()
    {
        var storage = new InterceptingStorage(allOrNone: false);
        await using var chat = new Transcript(sp => new LedgerBot(storage, sp.GetRequiredService<ConversationState>()), storage);

        Assert.Equal(["tally=1"], await chat.SendAsync("count"));

        Assert.Empty(storage.Commits);
        Assert.Equal(1, storage.Writes[LedgerBot.TallyKey]);
        Assert.Equal(1, storage.Writes[ConversationKey]);
    }

    private sealed record TurnsScope(Counter Turns);
}
