using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>
/// Protocol §3.3: the Emulator presents an Entra token minted for the bot's own app id, signed by a key with no
/// endorsements and carrying no serviceurl claim.
/// </summary>
public sealed class EmulatorTokenTests(DeployedBot bot) : IClassFixture<DeployedBot>
{
    private const string V1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string V2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    [Fact]
    public async Task V1TokenWithOurAppId_HelpExpectingReplies_Returns200WithReplies()
    {
        var token = TokenMinter.Create(bot.EmulatorKey, V1Issuer, MeetingBotFactory.AppId, TokenMinter.EmulatorV1Claims(MeetingBotFactory.AppId));

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        Assert.NotEmpty(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task V1TokenWithAnotherAppsAppId_Returns401()
    {
        var token = TokenMinter.Create(bot.EmulatorKey, V1Issuer, MeetingBotFactory.AppId, TokenMinter.EmulatorV1Claims("another-app-id"));

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task V2TokenWithOurAppIdAsAzp_Returns200WithReplies()
    {
        var token = TokenMinter.Create(bot.EmulatorKey, V2Issuer, MeetingBotFactory.AppId, TokenMinter.EmulatorV2Claims(MeetingBotFactory.AppId));

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        Assert.NotEmpty(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task V2TokenWithAnotherAppsAzp_Returns401()
    {
        var token = TokenMinter.Create(bot.EmulatorKey, V2Issuer, MeetingBotFactory.AppId, TokenMinter.EmulatorV2Claims("another-app-id"));

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task V2TokenNamingOurAppOnlyInAppId_Returns401()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "2.0", ["appid"] = MeetingBotFactory.AppId };
        var token = TokenMinter.Create(bot.EmulatorKey, V2Issuer, MeetingBotFactory.AppId, claims);

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task TokenOfUnknownVersion_Returns401()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "3.0", ["azp"] = MeetingBotFactory.AppId };
        var token = TokenMinter.Create(bot.EmulatorKey, V2Issuer, MeetingBotFactory.AppId, claims);

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task EmulatorIssuerSignedByChannelKey_Returns401()
    {
        var token = TokenMinter.Create(bot.ChannelKey, V1Issuer, MeetingBotFactory.AppId, TokenMinter.EmulatorV1Claims(MeetingBotFactory.AppId));

        using var response = await bot.Client.PostActivityAsync(EmulatorHelp(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    private static JsonObject EmulatorHelp()
    {
        var activity = ActivityJson.Message("help", "emulator").ExpectingReplies();
        activity["serviceUrl"] = "http://localhost:58233";
        return activity;
    }
}
