using System.Net;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// Protocol §3.6: credentials that cannot work stop the host. Without an app id there is no Bot Framework channel: the
/// service still starts in any environment (its own web channel), and outside Development <c>/api/messages</c> is closed.
/// </summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData(MeetingBotFactory.AppId, "", "MicrosoftAppPassword")]
    public async Task Production_WithoutCredentials_RefusesToStart_NamingTheKey(string appId, string password, string key)
    {
        var (exitCode, output) = await ServiceProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["Storage__Provider"] = "Memory",
        }, TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains(key, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_WithoutMicrosoftAppId_Starts()
    {
        using var factory = MeetingBotFactory.In("Development", new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Production_WithOnlyTheWebChannel_Starts_AndAnswers401AtTheMessagingEndpoint()
    {
        await using var service = ServiceInstance.Start("web-channel-only", new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Provider"] = "Memory",
        });
        var address = await service.WaitUntilListeningAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient { BaseAddress = address };

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var message = await client.PostActivityAsync(ActivityJson.Message("帮助", "emulator").ExpectingReplies());

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await message.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
