using System.Net;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Help;
using MeetingBot.Tests.Authentication.Fakes;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Authentication;

/// <summary>Protocol §3.2: what a channel token must satisfy, checked through <c>POST /api/messages</c>.</summary>
public sealed class ChannelTokenTests(DeployedBot bot) : IClassFixture<DeployedBot>
{
    [Fact]
    public async Task ValidChannelToken_EventActivity_Returns200()
    {
        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), bot.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ValidChannelToken_HelpExpectingReplies_ReturnsHelpText()
    {
        var activity = ActivityJson.Message("help").In("en-US").ExpectingReplies();

        using var response = await bot.Client.PostActivityAsync(activity, bot.ChannelToken());

        var replies = await response.ReadRepliesAsync();
        Assert.Contains(HelpTexts.Title.En, replies[0]?["text"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenExpiredAnHourAgo_Returns401()
    {
        var token = TokenMinter.Create(bot.ChannelKey, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId,
            TokenMinter.ChannelClaims(ActivityJson.ServiceUrl), expires: DateTime.UtcNow.AddHours(-1));

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task RejectedToken_StoresNoConversationReference()
    {
        var storage = bot.Factory.Services.GetRequiredService<IStorage>();
        var activity = ActivityJson.Event();
        var key = ConversationReferenceStore.ConversationKey(ActivityJson.ChannelId, activity.ConversationId());
        var wrongAudience = TokenMinter.Create(bot.ChannelKey, MeetingBotFactory.ChannelIssuer, "another-bot-app-id",
            TokenMinter.ChannelClaims(ActivityJson.ServiceUrl));

        using var rejected = await bot.Client.PostActivityAsync(activity, wrongAudience);
        Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        Assert.Null(await storage.ReadAsync(key));
        using var accepted = await bot.Client.PostActivityAsync(activity, bot.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.NotNull(await storage.ReadAsync(key));
    }

    [Fact]
    public async Task TokenExpiredWithinClockSkew_Returns200()
    {
        var token = TokenMinter.Create(bot.ChannelKey, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId,
            TokenMinter.ChannelClaims(ActivityJson.ServiceUrl), expires: DateTime.UtcNow.AddMinutes(-2));

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenForAnotherAudience_Returns401()
    {
        var token = TokenMinter.Create(bot.ChannelKey, MeetingBotFactory.ChannelIssuer, "another-bot-app-id",
            TokenMinter.ChannelClaims(ActivityJson.ServiceUrl));

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Theory]
    [InlineData("https://api.botframework.us")]
    [InlineData("https://issuer.example.com")]
    [InlineData("https://API.botframework.com")]
    public async Task TokenFromAnotherIssuer_Returns401(string issuer)
    {
        var token = TokenMinter.Create(bot.ChannelKey, issuer, MeetingBotFactory.AppId, TokenMinter.ChannelClaims(ActivityJson.ServiceUrl));

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task ServiceUrlClaimNamesAnotherServiceUrl_Returns401()
    {
        var token = bot.ChannelToken(serviceUrl: "https://attacker.example.com/");

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task ServiceUrlClaimDiffersOnlyInCase_Returns200()
    {
        var token = bot.ChannelToken(serviceUrl: ActivityJson.ServiceUrl.ToUpperInvariant());

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenWithoutServiceUrlClaim_Returns401()
    {
        var token = TokenMinter.Create(bot.ChannelKey, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId, new Dictionary<string, object>());

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), token);

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task TokenSignedByKeyNeverPublished_Returns401()
    {
        using var unknown = SigningKey.Endorsed("never-published-key", "msteams");

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), bot.ChannelToken(unknown));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task TokenSignedByForgedKeyWithPublishedKeyId_Returns401()
    {
        using var forged = SigningKey.Endorsed(bot.ChannelKey.KeyId, "msteams");

        using var response = await bot.Client.PostActivityAsync(ActivityJson.Event(), bot.ChannelToken(forged));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
