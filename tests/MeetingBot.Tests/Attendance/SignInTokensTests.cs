using MeetingBot.Attendance;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Documents.Links;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Attendance;

/// <summary>
/// Sign-in links and download links are signed with the same link key in the service's one scheme, each for its own
/// purpose: neither is taken for the other, though each is taken for itself.
/// </summary>
public sealed class SignInTokensTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly SignInTokens _signIns;
    private readonly DocumentTokens _downloads;

    public SignInTokensTests()
    {
        var key = new LinkSigningKey(Options.Create(new DocumentLinkOptions { SigningKey = Convert.ToBase64String(new byte[32]) }), new MemoryStorage());
        _signIns = new SignInTokens(key, _time);
        _downloads = new DocumentTokens(key, _time);
    }

    [Fact]
    public async Task ASignInLink_NamesItsMeetingAndPerson_UntilItExpires()
    {
        var token = await _signIns.IssueAsync("m-1", "u-zhang", _time.GetUtcNow().AddHours(2));

        Assert.Equal(("m-1", "u-zhang"), await _signIns.ReadAsync(token));
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Null(await _signIns.ReadAsync(token));
    }

    [Fact]
    public async Task ASignInLink_IsNoDownloadLink_AndADownloadLinkIsNoSignInLink()
    {
        var signIn = await _signIns.IssueAsync("m-1", "u-zhang", _time.GetUtcNow().AddHours(2));
        var download = await _downloads.IssueAsync(new DocumentGrant("meetings/m-1/documents/d1", 1, "u-zhang", _time.GetUtcNow().AddHours(2)));

        Assert.IsType<GrantReading.Tampered>(await _downloads.ReadAsync(signIn));
        Assert.Null(await _signIns.ReadAsync(download));
        Assert.IsType<GrantReading.Valid>(await _downloads.ReadAsync(download));
    }
}
