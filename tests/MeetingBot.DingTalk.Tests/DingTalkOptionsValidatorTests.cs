namespace MeetingBot.DingTalk.Tests;

public sealed class DingTalkOptionsValidatorTests
{
    [Fact]
    public void Disabled_NeedsNothing() =>
        Assert.True(new DingTalkOptionsValidator().Validate(null, new DingTalkOptions()).Succeeded);

    [Fact]
    public void Enabled_WithoutCredentials_NamesEachMissingKey()
    {
        var result = new DingTalkOptionsValidator().Validate(null, new DingTalkOptions { Enabled = true, ApiBaseUrl = "not a url" });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:ClientId ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:ClientSecret ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:RobotCode ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:ApiBaseUrl ", StringComparison.Ordinal));
    }

    [Fact]
    public void Enabled_Complete_IsValid() =>
        Assert.True(new DingTalkOptionsValidator().Validate(null, new DingTalkOptions
        {
            Enabled = true, ClientId = "ding1", ClientSecret = "s", RobotCode = "ding1",
        }).Succeeded);

    [Fact]
    public void Enabled_WithAZeroRateOrLimit_NamesTheKey()
    {
        var result = new DingTalkOptionsValidator().Validate(null, new DingTalkOptions
        {
            Enabled = true, ClientId = "id", ClientSecret = "secret", RobotCode = "robot",
            GroupMessagesPerMinute = 0, ApiCallsPerSecond = -1, MaxCallbackBytes = 0, CallbackMaxAge = TimeSpan.Zero,
        });

        Assert.False(result.Succeeded);
        foreach (var key in (string[])["GroupMessagesPerMinute", "ApiCallsPerSecond", "MaxCallbackBytes", "CallbackMaxAge"])
        {
            Assert.Contains($"Channels:DingTalk:{key}", result.FailureMessage, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Enabled_WithABadActionPageAddressOrKey_NamesTheKey()
    {
        var result = new DingTalkOptionsValidator().Validate(null, new DingTalkOptions
        {
            Enabled = true, ClientId = "id", ClientSecret = "secret", RobotCode = "robot",
            PublicBaseUrl = "meetingbot.example.gov.cn", ActionLinkKey = Convert.ToBase64String(new byte[16]),
        });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:PublicBaseUrl ", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Channels:DingTalk:ActionLinkKey ", StringComparison.Ordinal));
    }

    [Fact]
    public void Enabled_WithAStrongActionLinkKey_IsValid() =>
        Assert.True(new DingTalkOptionsValidator().Validate(null, new DingTalkOptions
        {
            Enabled = true, ClientId = "id", ClientSecret = "secret", RobotCode = "robot",
            PublicBaseUrl = "https://meetingbot.example.gov.cn", ActionLinkKey = Convert.ToBase64String(new byte[32]),
        }).Succeeded);
}
