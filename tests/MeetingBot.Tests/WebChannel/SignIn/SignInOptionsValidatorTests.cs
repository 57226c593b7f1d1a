using MeetingBot.WebChannel.SignIn;

namespace MeetingBot.Tests.WebChannel.SignIn;

/// <summary>The SignIn section at start-up: off when empty; plain http only for a provider on this machine.</summary>
public sealed class SignInOptionsValidatorTests
{
    private static readonly SignInOptionsValidator Validator = new();

    [Fact]
    public void NoAuthority_IsSignInOff_AndValid()
    {
        var options = new SignInOptions { ClientId = "", Claim = "nonsense" };

        Assert.False(options.Enabled);
        Assert.True(Validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void AnHttpsProvider_WithAClient_IsValid()
    {
        var options = new SignInOptions { Authority = "https://sso.example.gov.cn/realms/office", ClientId = "meetingbot", Claim = "email" };

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal(["openid", "profile", "email"], options.EffectiveScopes());
    }

    [Theory]
    [InlineData("http://sso.example.gov.cn/realms/office", false)]
    [InlineData("https://sso.example.gov.cn/realms/office", false)]
    [InlineData("http://10.0.0.8:8080/realms/office", false)]
    public void HttpMetadata_AwayFromThisMachine_IsRefused(string authority, bool requireHttps)
    {
        var result = Validator.Validate(null, new SignInOptions { Authority = authority, ClientId = "meetingbot", RequireHttpsMetadata = requireHttps });

        Assert.True(result.Failed);
        Assert.Contains("RequireHttpsMetadata", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5001")]
    [InlineData("http://localhost:8080/realms/test")]
    [InlineData("http://[::1]:5001")]
    public void HttpMetadata_OnThisMachine_IsAllowed(string authority)
    {
        Assert.True(Validator.Validate(null, new SignInOptions { Authority = authority, ClientId = "meetingbot", RequireHttpsMetadata = false }).Succeeded);
    }

    [Fact]
    public void AnHttpAuthority_StillRequiringHttpsMetadata_SaysWhatToSet()
    {
        var result = Validator.Validate(null, new SignInOptions { Authority = "http://127.0.0.1:5001", ClientId = "meetingbot" });

        Assert.True(result.Failed);
        Assert.Contains("set SignIn:RequireHttpsMetadata to false", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingClient_UnknownClaim_AndARelativeCallback_AreEachReported()
    {
        var result = Validator.Validate(null, new SignInOptions
        {
            Authority = "https://sso.example.gov.cn", ClientId = " ", Claim = "name", CallbackPath = "chat/signin-oidc",
        });

        Assert.True(result.Failed);
        Assert.Contains("SignIn:ClientId", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("SignIn:Claim", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("SignIn:CallbackPath", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfiguredScopes_ReplaceTheDefaults_AndOpenIdIsAlwaysAsked()
    {
        var options = new SignInOptions { Claim = "phone_number" };
        Assert.Equal(["openid", "profile", "phone"], options.EffectiveScopes());

        options.Scopes = ["openid", "profile", "phone_number"];
        Assert.Equal(["openid", "profile", "phone_number"], options.EffectiveScopes());
    }
}
