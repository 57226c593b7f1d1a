using System.Net;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Hosting;

/// <summary>Protocol §3.6: authentication may be off (no app id) only in Development; anywhere else the host refuses to start.</summary>
public sealed class StartupValidationTests
{
    [Fact]
    public void Production_WithoutMicrosoftAppId_RefusesToStart()
    {
        using var factory = MeetingBotFactory.In("Production", new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithAppIdButNoPassword_RefusesToStart()
    {
        using var factory = MeetingBotFactory.In("Production", new() { ["MicrosoftAppId"] = MeetingBotFactory.AppId, ["MicrosoftAppPassword"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("MicrosoftAppPassword", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_WithoutMicrosoftAppId_Starts()
    {
        using var factory = MeetingBotFactory.In("Development", new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
