using System.Net;

namespace MeetingBot.Tests.Hosting;

/// <summary>Protocol §3.6: authentication may be off (no app id) only in Development; anywhere else the host refuses to start.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("", "", "MicrosoftAppId")]
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
}
