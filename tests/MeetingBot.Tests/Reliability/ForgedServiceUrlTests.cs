using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Chat.Meetings.Reviews;
using MeetingBot.Coordination.Submissions;
using Microsoft.AspNetCore.Http;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// Where the bot's own token goes, through the whole deployed service: only to a serviceUrl a channel token vouched
/// for. A forged serviceUrl (one no token vouched for) may get replies, never the token; a token of another bot,
/// replayed to us, is refused before anything happens.
/// </summary>
public sealed class ForgedServiceUrlTests(OutboundTokenBot bot) : IClassFixture<OutboundTokenBot>
{
    [Fact]
    public async Task ServiceUrlVouchedForByTheChannelToken_GetsTheBotsToken()
    {
        await using var channel = await LoopbackServer.StartAsync(Answer);
        using var client = bot.Factory.CreateClient();

        using var response = await client.PostActivityAsync(Help(channel), bot.ChannelToken(channel.BaseUrl + "/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(channel.Requests);
        Assert.All(channel.Requests, r => Assert.StartsWith("Bearer bot-token-", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EmulatorTokenWithAForgedServiceUrl_RepliesThereWithoutTheBotsToken()
    {
        await using var forged = await LoopbackServer.StartAsync(Answer);
        using var client = bot.Factory.CreateClient();
        var activity = Help(forged);
        activity["channelId"] = "emulator";

        using var response = await client.PostActivityAsync(activity, bot.EmulatorToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(forged.Requests);
        Assert.All(forged.Requests, r => Assert.Equal(string.Empty, r.Authorization));
    }

    [Fact]
    public async Task ChannelTokenVouchingForAnotherServiceUrl_Returns401_AndTheForgedUrlHearsNothing()
    {
        await using var forged = await LoopbackServer.StartAsync(Answer);
        using var client = bot.Factory.CreateClient();

        using var response = await client.PostActivityAsync(Help(forged), bot.ChannelToken(ActivityJson.ServiceUrl));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Empty(forged.Requests);
    }

    [Fact]
    public async Task ForgedServiceUrl_StillGetsNoToken_AfterTheSameConversationCameThroughAVouchedOne()
    {
        await using var vouched = await LoopbackServer.StartAsync(Answer);
        await using var forged = await LoopbackServer.StartAsync(Answer);
        using var client = bot.Factory.CreateClient();
        var first = Help(vouched);
        using var accepted = await client.PostActivityAsync(first, bot.ChannelToken(vouched.BaseUrl + "/"));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // The same conversation again, now claiming the forged serviceUrl, under an Emulator token that vouches for nothing.
        var second = Help(forged);
        second["conversation"] = first["conversation"]!.DeepClone();
        using var response = await client.PostActivityAsync(second, bot.EmulatorToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(forged.Requests, r => Assert.Equal(string.Empty, r.Authorization));
    }

    [Fact]
    public async Task AnotherBotsToken_ReplayedWithTheLeadsApproval_Returns401_AndChangesNothing()
    {
        await using var channel = await LoopbackServer.StartAsync(Answer);
        using var client = bot.Factory.CreateClient();
        var bed = new MeetingTestBed(bot.Factory);
        await bed.CreateAsync();
        var outline = await bed.SubmitOutlineAsync(bed.Li, bed.Zhang);
        var approve = ActivityJson.Message("").ExpectingReplies();
        approve.Remove("text");
        approve["serviceUrl"] = channel.BaseUrl + "/";
        approve["from"] = new JsonObject { ["id"] = bed.Lead.UserId, ["name"] = bed.Lead.Name };
        approve["conversation"] = new JsonObject { ["id"] = "personal-" + bed.Lead.UserId, ["conversationType"] = "personal" };
        approve["value"] = new JsonObject { ["verb"] = ReviewVerbs.Approve, ["key"] = outline.Id.ToString(), ["version"] = outline.Version };

        // A complete, correctly signed channel token — minted for another bot's app id.
        using var response = await client.PostActivityAsync(approve, bot.ChannelToken(channel.BaseUrl + "/", audience: "0b1f9b1e-another-bot"));

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal(outline.Version, (await bed.Repository.GetAsync<Submission>(null, outline.Id, CancellationToken.None))!.Version);
        Assert.Empty(channel.Requests);
        // The same activity under our own token is processed (the de-duplicator did not swallow it) and approves.
        using var ours = await client.PostActivityAsync(approve, bot.ChannelToken(channel.BaseUrl + "/"));
        Assert.Equal(HttpStatusCode.OK, ours.StatusCode);
        Assert.Equal(SubmissionState.Approved, (await bed.Repository.GetAsync<Submission>(null, outline.Id, CancellationToken.None))!.State);
    }

    private static JsonObject Help(LoopbackServer channel)
    {
        var activity = ActivityJson.Message("help").In("en-US");
        activity["serviceUrl"] = channel.BaseUrl + "/";
        return activity;
    }

    private static Task Answer(HttpContext context) =>
        context.Response.WriteAsJsonAsync(new JsonObject { ["id"] = "sent-" + Guid.NewGuid().ToString("N") });
}
