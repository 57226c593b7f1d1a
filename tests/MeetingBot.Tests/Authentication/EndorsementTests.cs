using System.Net;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Authentication;

/// <summary>Protocol §3.2 check 5: the signing key must be endorsed for the activity's channel.</summary>
public sealed class EndorsementTests(DeployedBot bot) : IClassFixture<DeployedBot>
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("directline")]
    public async Task KeyEndorsedForTheChannel_Returns200(string channelId)
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(channelId), bot.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyWithoutEndorsements_Returns403()
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), bot.ChannelToken(bot.UnendorsedKey));

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task KeyEndorsedForOtherChannelsOnly_Returns403()
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event("msteams"), bot.ChannelToken(bot.OtherChannelsKey));

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task KeyEndorsedForDirectLine_ActivityFromWebChat_Returns403()
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event("webchat"), bot.ChannelToken());

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
    }
}
