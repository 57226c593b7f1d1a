using MeetingBot.Opinions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Opinions;

/// <summary>The form token: good for its link for four hours, and for nothing else.</summary>
public sealed class OpinionFormTokenTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AToken_OpensItsOwnLinkUntilItExpires_AndNoOther()
    {
        var tokens = new OpinionFormToken(_clock);
        var link = Link("secret-one");
        var token = tokens.Issue(link);

        var key = tokens.Check(token, link);
        Assert.NotNull(key);
        Assert.Equal(32, key.Length);
        Assert.NotEqual(key, tokens.Check(tokens.Issue(link), link));
        Assert.Null(tokens.Check(token, Link("secret-two")));
        Assert.Null(tokens.Check(token[..^1] + (token[^1] == '0' ? '1' : '0'), link));
        Assert.Null(tokens.Check(null, link));
        Assert.Null(tokens.Check("1.2.3", link));

        _clock.Advance(OpinionFormToken.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Check(token, link));
    }

    private OpinionLink Link(string secret) => new(OpinionLink.CurrentVersion, "m-1", false, "token", secret, "sec", _clock.GetUtcNow(), null, null);
}
