using System.Net;
using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>
/// Protocol §3.6: in Development without an app id, requests with no Authorization header are accepted (Emulator
/// without credentials, offline Direct Line), but a request that carries a token is still refused.
/// </summary>
public sealed class AuthenticationDisabledTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task NoAuthorizationHeader_Returns200()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Event());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WellFormedBearerToken_Returns401()
    {
        using var client = factory.CreateClient();
        using var key = SigningKey.Endorsed("some-key", "msteams");
        var token = TokenMinter.Create(key, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId, TokenMinter.ChannelClaims(ActivityJson.ServiceUrl));

        using var response = await client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task BearerNotAJwt_Returns401()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostBodyAsync(ActivityJson.Event().ToJsonString(), "Bearer not-a-jwt");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
