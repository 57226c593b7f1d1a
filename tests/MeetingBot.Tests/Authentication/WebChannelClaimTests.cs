using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Authentication;

/// <summary>
/// The service's own web chat is entered only through its Direct Line endpoint, with a token bound to a person. An
/// activity posted to <c>/api/messages</c> that claims to come from it (channel <c>directline</c>, serviceUrl ending in
/// <c>/v3/directline</c>) could name any user id; it is refused in every environment, before any state is touched.
/// </summary>
public sealed class WebChannelClaimTests(MeetingBotFactory factory, DeployedBot bot) : IClassFixture<MeetingBotFactory>, IClassFixture<DeployedBot>
{
    [Theory]
    [InlineData("directline", "http://localhost:3978/v3/directline/")]
    [InlineData("directline", "http://localhost:3978/v3/directline")]
    [InlineData("DirectLine", "HTTP://MEETINGBOT.INTRANET:3978/V3/DIRECTLINE/")]
    [InlineData("directline", "http://127.0.0.1:3978/v3/%64irectline/")]
    public async Task Development_TheSecretarysLinksAskedForWithAWebChatClaim_AreRefused_AndNothingIsStored(string channelId, string serviceUrl)
    {
        var seeded = await SeededMeeting.CreateAsync(factory);
        using var client = factory.CreateClient();
        var forged = seeded.Message(seeded.Secretary, "邀请链接");
        forged["channelId"] = channelId;
        forged["serviceUrl"] = serviceUrl;

        using var response = await client.PostActivityAsync(forged);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
        Assert.DoesNotContain("invite=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var reference = ConversationReferenceStore.ConversationKey(channelId, forged.ConversationId());
        Assert.Null(await factory.Services.GetRequiredService<IStorage>().ReadAsync(reference));
    }

    [Fact]
    public async Task Development_AnEmulatorMessage_IsStillAnswered()
    {
        using var client = factory.CreateClient();
        var message = ActivityJson.Message("帮助", "emulator").ExpectingReplies();
        message["serviceUrl"] = "http://localhost:56000";

        using var response = await client.PostActivityAsync(message);

        Assert.NotEmpty(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task Deployed_AWebChatClaimWithAValidChannelToken_IsRefused()
    {
        const string hosted = "https://meetingbot.example.org/v3/directline/";
        var claim = ActivityJson.Message("邀请链接", "directline").ExpectingReplies();
        claim["serviceUrl"] = hosted;

        using var response = await bot.Client.PostActivityAsync(claim, bot.ChannelToken(serviceUrl: hosted));

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task Production_WithoutAnAppId_Starts_WithTheMessagingEndpointClosed_AndTheWebChannelOpen()
    {
        using var production = MeetingBotFactory.In("Production", new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        using var client = production.CreateClient();

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var anonymous = await client.PostActivityAsync(ActivityJson.Message("帮助", "emulator").ExpectingReplies());
        using var directLine = await client.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), new StringContent(""));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await anonymous.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.DoesNotContain("activities", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The Direct Line endpoint is there and asks for its own token.
        Assert.Equal(HttpStatusCode.Unauthorized, directLine.StatusCode);
    }
}
