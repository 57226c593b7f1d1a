using System.Net;
using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>
/// Protocol §3.2 key caching: a key id the cache does not know makes the bot fetch the keys again. Each test gets
/// its own host, because refreshes are rate-limited per process.
/// </summary>
public sealed class KeyRolloverTests : IAsyncLifetime
{
    private readonly DeployedBot _bot = new();

    public Task InitializeAsync() => _bot.InitializeAsync();

    public Task DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task KeyPublishedAfterKeysWereCached_TokenSignedByIt_Returns200()
    {
        using var cached = await _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        using var rolled = SigningKey.Endorsed("rolled-over-key", "msteams");
        _bot.Keys.PublishChannelKey(rolled);

        using var response = await _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken(rolled));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyPublishedAfterKeysWereCached_ConcurrentTokensSignedByIt_AllReturn200()
    {
        using var cached = await _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        using var rolled = SigningKey.Endorsed("rolled-over-key", "msteams");
        _bot.Keys.PublishChannelKey(rolled);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken(rolled))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task KeyNeverPublished_AfterKeysWereCached_Returns401()
    {
        using var cached = await _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        using var unknown = SigningKey.Endorsed("never-published-key", "msteams");

        using var response = await _bot.Client.PostActivityAsync(ActivityJson.Event(), _bot.ChannelToken(unknown));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
