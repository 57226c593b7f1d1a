using MeetingBot.BotFramework.State;
using MeetingBot.BotFramework.Tests.Dialogs;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.BotFramework.Tests.State;

public sealed class BotStateTests
{
    private const string ConversationKey = "state/conversation/directline/conversation-1";

    [Fact]
    public async Task EachScope_IsReadOnceAndWrittenOncePerTurn()
    {
        var storage = new InterceptingStorage();
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()), storage);

        Assert.Equal(["count=1"], await chat.SendAsync("+"));

        Assert.Equal(1, storage.Reads[ConversationKey]);
        Assert.Equal(1, storage.Writes[ConversationKey]);
        Assert.Equal(1, storage.Writes["state/user/directline/user-1"]);
    }

    [Fact]
    public async Task UnchangedState_IsNotWritten()
    {
        var storage = new InterceptingStorage();
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()), storage);
        await chat.SendAsync("+");

        Assert.Equal(["count=1"], await chat.SendAsync("peek"));

        Assert.Equal(1, storage.Writes[ConversationKey]);
    }

    [Fact]
    public async Task LostRace_ReplaysTheTurnOnFreshState_AndRepliesOnlyOnce()
    {
        var storage = new InterceptingStorage();
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()), storage);
        await chat.SendAsync("+");
        var raced = false;
        storage.BeforeWrite = async key =>
        {
            if (key == ConversationKey && !raced)
            {
                raced = true;
                await storage.WriteDirectAsync(key, "{\"counter\":{\"version\":1,\"value\":41}}");
            }
        };

        var replies = await chat.SendAsync("+");

        Assert.Equal(["count=42"], replies);
        storage.BeforeWrite = null;
        Assert.Equal(["count=42"], await chat.SendAsync("peek"));
    }

    [Fact]
    public async Task LosingEveryReplay_SavesNothing_SendsNothing_AndTellsTheUserToTryAgain()
    {
        var storage = new InterceptingStorage();
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()), storage);
        await chat.SendAsync("+");
        var competitor = 100;
        storage.BeforeWrite = key => key == ConversationKey
            ? storage.WriteDirectAsync(key, $"{{\"counter\":{{\"version\":1,\"value\":{++competitor}}}}}")
            : Task.CompletedTask;

        var replies = await chat.SendAsync("+");

        var errors = (RecordingTurnErrorHandler)chat.Services.GetRequiredService<MeetingBot.BotFramework.Builder.ITurnErrorHandler>();
        Assert.IsType<TurnConflictException>(Assert.Single(errors.Failures).Exception);
        Assert.Single(replies);
        Assert.StartsWith(RecordingTurnErrorHandler.Apology, replies[0], StringComparison.Ordinal);
        Assert.Equal(TurnUnitOfWork.MaxRuns, storage.Writes[ConversationKey] - 1);
    }

    [Fact]
    public async Task ConcurrentTurns_NeverLoseAnUpdate_AndNoTurnRepliesTwice()
    {
        var storage = new InterceptingStorage();
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()), storage);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => chat.SendAsync("+")));

        Assert.All(results, replies => Assert.Single(replies));
        var succeeded = results.Count(r => r[0].StartsWith("count=", StringComparison.Ordinal));
        Assert.Equal([$"count={succeeded}"], await chat.SendAsync("peek"));
        Assert.True(succeeded > 0);
    }

    [Fact]
    public async Task TypedValues_KeepTheirTypesAcrossTurns()
    {
        await using var chat = new Transcript(sp => new CounterBot(sp.GetRequiredService<ConversationState>(), sp.GetRequiredService<UserState>()));

        await chat.SendAsync("+");
        await chat.SendAsync("+");

        Assert.Equal(["count=2"], await chat.SendAsync("peek"));
    }
}
