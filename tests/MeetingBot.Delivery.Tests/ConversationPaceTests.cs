using MeetingBot.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Delivery.Tests;

public sealed class ConversationPaceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 7, 8, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task EighthSendInOneSecond_WaitsUntilTheFirstAnswerLeavesTheWindow()
    {
        var pace = new ConversationPace(_time, [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2))]);
        for (var i = 0; i < 7; i++)
        {
            (await pace.WaitTurnAsync("a:member", default)).Dispose();
        }

        var eighth = pace.WaitTurnAsync("a:member", default);
        Assert.False(eighth.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1) + ConversationPace.Margin);
        (await eighth).Dispose();

        var ninth = pace.WaitTurnAsync("a:member", default);
        Assert.False(ninth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        (await ninth).Dispose();
    }

    [Fact]
    public async Task SendsToOneConversation_GoOneAtATime()
    {
        var pace = new ConversationPace(_time, [(100, TimeSpan.FromSeconds(1))]);
        var first = await pace.WaitTurnAsync("a:member", default);

        var second = pace.WaitTurnAsync("a:member", default);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task OtherConversations_DoNotWait()
    {
        var pace = new ConversationPace(_time, [(1, TimeSpan.FromSeconds(1))]);
        (await pace.WaitTurnAsync("a:one", default)).Dispose();

        var other = pace.WaitTurnAsync("a:two", default);

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }
}
