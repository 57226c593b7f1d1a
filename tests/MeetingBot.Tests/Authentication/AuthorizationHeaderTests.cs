using System.Net;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>Protocol §3.1 step 1: with an app id configured, a request needs a well-formed bearer header.</summary>
public sealed class AuthorizationHeaderTests(DeployedBot bot) : IClassFixture<DeployedBot>
{
    [Fact]
    public async Task NoAuthorizationHeader_Returns401()
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event());

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("Basic x")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer two parts")]
    public async Task MalformedAuthorizationHeader_Returns401(string header)
    {
        using var response = await bot.Client.PostBodyAsync(ActivityJson.Event().ToJsonString(), header);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task ValidTokenUnderBasicScheme_Returns401()
    {
        using var response = await bot.Client.PostBodyAsync(ActivityJson.Event().ToJsonString(), "Basic " + bot.ChannelToken());

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
