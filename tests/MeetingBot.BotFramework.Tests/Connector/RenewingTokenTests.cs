using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>A platform's access token: bought once for all callers, again five minutes before it dies, at once when refused.</summary>
public sealed class RenewingTokenTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8)));
    private int _bought;

    [Fact]
    public async Task TwentyCallersAtOnce_BuyOneToken()
    {
        using var token = new RenewingToken(_time);
        var release = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 20).Select(_ => token.GetAsync(async _ =>
        {
            await release.Task;
            return Buy(TimeSpan.FromHours(2));
        }, CancellationToken.None)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(callers), t => Assert.Equal("token-1", t));
        Assert.Equal(1, _bought);
    }

    [Fact]
    public async Task ATwoHourToken_IsKeptFor1h55m_ThenBoughtAgain()
    {
        using var token = new RenewingToken(_time);
        await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None);

        _time.Advance(TimeSpan.FromMinutes(114));
        Assert.Equal("token-1", await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("token-2", await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None));
    }

    [Fact]
    public async Task ARefusedToken_IsBoughtAgain_ButRefusingAnOlderOneKeepsTheNewer()
    {
        using var token = new RenewingToken(_time);
        await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None);

        token.Invalidate("token-1");
        Assert.Equal("token-2", await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None));
        token.Invalidate("token-1");
        Assert.Equal("token-2", await token.GetAsync(_ => Task.FromResult(Buy(TimeSpan.FromHours(2))), CancellationToken.None));
        Assert.Equal(2, _bought);
    }

    private (string, TimeSpan) Buy(TimeSpan lifetime) => ($"token-{Interlocked.Increment(ref _bought)}", lifetime);
}
