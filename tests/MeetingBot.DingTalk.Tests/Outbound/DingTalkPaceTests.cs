using MeetingBot.DingTalk.Outbound;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.DingTalk.Tests.Outbound;

/// <summary>The group limit (messages a minute per group) and the app's calls a second, held by waiting, on a fake clock.</summary>
public sealed class DingTalkPaceTests
{
    [Fact]
    public async Task ACallStillWaitingForItsAnswer_HoldsItsPlaceBeyondTheWindow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pace = new DingTalkPace(Options.Create(new DingTalkOptions { ApiCallsPerSecond = 1 }), time);
        var slow = await pace.WaitAsync(null, CancellationToken.None);
        var next = pace.WaitAsync(null, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(next.IsCompleted);
        slow.Dispose(); // answered only now: the platform may have counted it at any moment until now
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(next.IsCompleted);
        time.Advance(DingTalkPace.Margin + TimeSpan.FromMilliseconds(20));
        (await next.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task AGroupAtItsLimit_WaitsUntilTheOldestMessageLeavesTheMinute()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pace = new DingTalkPace(Options.Create(new DingTalkOptions { GroupMessagesPerMinute = 2, ApiCallsPerSecond = 100 }), time);
        (await pace.WaitAsync("g1", CancellationToken.None)).Dispose();
        (await pace.WaitAsync("g1", CancellationToken.None)).Dispose();

        var third = pace.WaitAsync("g1", CancellationToken.None);
        var otherGroup = pace.WaitAsync("g2", CancellationToken.None);
        Assert.True(otherGroup.IsCompletedSuccessfully);
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1) + DingTalkPace.Margin);
        await third.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheAppAtItsCallsPerSecond_WaitsForTheNextSecond()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var pace = new DingTalkPace(Options.Create(new DingTalkOptions { ApiCallsPerSecond = 3 }), time);
        for (var i = 0; i < 3; i++)
        {
            (await pace.WaitAsync(null, CancellationToken.None)).Dispose();
        }

        var fourth = pace.WaitAsync(null, CancellationToken.None);
        Assert.False(fourth.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1) + DingTalkPace.Margin);
        await fourth.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
