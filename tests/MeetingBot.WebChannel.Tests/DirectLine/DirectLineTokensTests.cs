using MeetingBot.WebChannel.DirectLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.WebChannel.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private static readonly DirectLineGrant Grant = new("grant-1", "dl_li", "李四", "p-li", IsGroup: false);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly FakeGrants _grants = new();

    private DirectLineTokens Tokens(DirectLineOptions? options = null)
    {
        var o = Options.Create(options ?? new DirectLineOptions { SigningKey = Convert.ToBase64String(new byte[32]) });
        return new DirectLineTokens(new DirectLineSigningKey(o, NullLogger<DirectLineSigningKey>.Instance), _grants, o, _time);
    }

    [Fact]
    public async Task AnIssuedToken_NamesItsUserConversationAndGrant()
    {
        var tokens = Tokens();
        var (token, expiresIn) = tokens.Issue(Grant);

        var identity = await tokens.ValidateAsync(token, CancellationToken.None);

        Assert.NotNull(identity);
        Assert.Equal(Grant, identity.Grant);
        Assert.Equal(1800, expiresIn);
        Assert.Equal(_time.GetUtcNow().AddMinutes(30), identity.ExpiresAt);
    }

    [Fact]
    public async Task AToken_IsRefusedOnceItHasExpired()
    {
        var tokens = Tokens();
        var (token, _) = tokens.Issue(Grant);

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.NotNull(await tokens.ValidateAsync(token, CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await tokens.ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task AToken_IsRefusedOnceItsGrantIsRevoked()
    {
        var tokens = Tokens();
        var (token, _) = tokens.Issue(Grant);

        _grants.Revoked.Add(Grant.GrantId);

        Assert.Null(await tokens.ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKey_IsRefused()
    {
        var other = Tokens(new DirectLineOptions { SigningKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()) });
        var (token, _) = other.Issue(Grant);

        Assert.Null(await Tokens().ValidateAsync(token, CancellationToken.None));
    }

    [Fact]
    public async Task ATokenWhosePayloadWasEdited_IsRefused()
    {
        var tokens = Tokens();
        var (token, _) = tokens.Issue(Grant);
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1]))
            .Replace("p-li", "p-xx", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        Assert.Null(await tokens.ValidateAsync(forged, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    public async Task NoTokenOrGarbage_IsRefused(string? token) =>
        Assert.Null(await Tokens().ValidateAsync(token, CancellationToken.None));

    [Fact]
    public async Task AKeyFile_IsCreatedOnce_AndTokensSurviveARestart()
    {
        var folder = Directory.CreateTempSubdirectory("directline-key-");
        try
        {
            var options = new DirectLineOptions { SigningKeyPath = Path.Combine(folder.FullName, "sub", "directline.key") };
            var (token, _) = Tokens(options).Issue(Grant);

            // A new process reads the same file: the token it did not issue is still good.
            Assert.NotNull(await Tokens(options).ValidateAsync(token, CancellationToken.None));
            Assert.True(File.Exists(options.SigningKeyPath));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("c2hvcnQ=", "at least 32 bytes")]
    [InlineData("%%%", "not base64")]
    public void AnUnusableConfiguredKey_FailsStartUpValidation(string key, string reason)
    {
        var result = new DirectLineOptionsValidator().Validate(null, new DirectLineOptions { SigningKey = key });

        Assert.True(result.Failed);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativePublicUrl_FailsStartUpValidation() =>
        Assert.True(new DirectLineOptionsValidator().Validate(null, new DirectLineOptions { PublicUrl = "chat.example" }).Failed);
}
