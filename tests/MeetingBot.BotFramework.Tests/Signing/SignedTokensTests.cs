using System.Buffers.Text;
using System.Text;
using MeetingBot.BotFramework.Signing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Tests.Signing;

/// <summary>The one signing scheme: a token reads back only under its key and for the purpose it was signed for.</summary>
public sealed class SignedTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly SignedTokens _tokens = new(new SymmetricSecurityKey(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));

    private string Issue(string purpose, DateTimeOffset? notBefore = null) =>
        _tokens.Issue(purpose, new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = "li" }, Now, Now.AddHours(1), notBefore);

    [Fact]
    public async Task AToken_ReadsBackForItsPurpose_WithItsClaimsAndExpiry()
    {
        var read = await _tokens.ReadAsync(Issue("meetingbot/invitation"), "meetingbot/invitation", Now);

        Assert.NotNull(read);
        Assert.Equal("li", read.Subject);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero), SignedTokens.ExpiryOf(read));
    }

    [Theory]
    [InlineData("directline", "meetingbot/invitation")]
    [InlineData("meetingbot/invitation", "directline")]
    [InlineData("meetingbot/signin", "directline")]
    [InlineData("directline", "meetingbot/signin")]
    [InlineData("meetingbot/document-link", "meetingbot/invitation")]
    [InlineData("meetingbot/invitation", "meetingbot/document-link")]
    public async Task ATokenSignedForOnePurpose_IsRefusedForAnother(string signedFor, string presentedFor)
    {
        var token = Issue(signedFor);

        Assert.True(_tokens.IsWellFormed(token));
        Assert.Null(await _tokens.ReadAsync(token, presentedFor, Now));
    }

    [Fact]
    public async Task ATokenUnderAnotherKey_IsRefused()
    {
        var other = new SignedTokens(new SymmetricSecurityKey(new byte[32]));

        Assert.Null(await _tokens.ReadAsync(other.Issue("directline", new Dictionary<string, object>(), Now, Now.AddHours(1)), "directline", Now));
    }

    [Fact]
    public async Task ATokenWhosePurposeWasRewritten_IsRefused()
    {
        var parts = Issue("meetingbot/signin").Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("meetingbot/signin", "directline", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.True(_tokens.IsWellFormed(forged));
        Assert.Null(await _tokens.ReadAsync(forged, "directline", Now));
    }

    [Fact]
    public async Task AnExpiredToken_StillReads_ForItsHolderToBeToldWhen()
    {
        var read = await _tokens.ReadAsync(Issue("meetingbot/invitation"), "meetingbot/invitation", Now.AddDays(3));

        Assert.NotNull(read);
        Assert.Equal(Now.AddHours(1), SignedTokens.ExpiryOf(read));
    }

    [Fact]
    public async Task ATokenNotYetValid_IsRefusedUntilItsTime()
    {
        var token = Issue("directline", notBefore: Now.AddMinutes(5));

        Assert.Null(await _tokens.ReadAsync(token, "directline", Now));
        Assert.NotNull(await _tokens.ReadAsync(token, "directline", Now.AddMinutes(5)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    public async Task Garbage_IsNotWellFormed_AndReadsAsNothing(string? token)
    {
        Assert.False(_tokens.IsWellFormed(token));
        Assert.Null(await _tokens.ReadAsync(token, "directline", Now));
    }
}
