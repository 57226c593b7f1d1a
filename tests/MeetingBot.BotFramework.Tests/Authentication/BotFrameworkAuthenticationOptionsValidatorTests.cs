using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Tests.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework.Tests.Authentication;

public sealed class BotFrameworkAuthenticationOptionsValidatorTests
{
    [Fact]
    public void NoAppId_InDevelopment_StartsWithAuthenticationOff()
    {
        using var services = BotFrameworkHost.Build(new Dictionary<string, string?>(), environment: "Development");

        Assert.True(services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void NoAppId_OutsideDevelopment_StartsWithTheMessagingEndpointClosed(string environment)
    {
        // A deployment with only the service's own web channel has no Bot Framework app id; the adapter refuses
        // every activity at /api/messages instead (CloudAdapterTests).
        using var services = BotFrameworkHost.Build(new Dictionary<string, string?>(), environment: environment);

        Assert.True(services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword")]
    [InlineData("SingleTenant", "pw", "", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMsi", "", "", "MicrosoftAppTenantId")]
    [InlineData("Personal", "pw", "", "MicrosoftAppType")]
    public void IncompleteCredentials_AreRejectedNamingTheKey(string type, string password, string tenant, string key)
    {
        var result = Validate(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = type, MicrosoftAppId = "app", MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant,
        });

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://login.example.com/keys")]
    [InlineData("not a url")]
    public void MetadataOverAPlainNetwork_IsRefused(string url)
    {
        var result = Validate(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = "app", MicrosoftAppPassword = "pw", ToBotFromChannelOpenIdMetadataUrl = url,
        });

        Assert.Contains("ToBotFromChannelOpenIdMetadataUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleTenant_AsksItsOwnTenantForTokens()
    {
        var options = new BotFrameworkAuthenticationOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "tenant-7" };

        Assert.Equal("https://login.microsoftonline.com/tenant-7", options.LoginUrl);
        Assert.Equal(BotFrameworkAuthenticationOptions.PublicLoginUrl, new BotFrameworkAuthenticationOptions().LoginUrl);
    }

    private static ValidateOptionsResult Validate(BotFrameworkAuthenticationOptions options) =>
        new BotFrameworkAuthenticationOptionsValidator().Validate(null, options);
}
