using System.Net;
using System.Text.Json.Nodes;

namespace MeetingBot.Tests.Hosting;

/// <summary>Protocol §2 and §1.11: activities that pass the endpoint's checks, and what the HTTP answer carries.</summary>
public sealed class MessagesEndpointTurnTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task UnknownActivityType_Returns200WithNoReply()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.OfType("somethingNew").ExpectingReplies());

        Assert.Empty(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task NonInvokeWithoutExpectReplies_Returns200WithEmptyBody()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Event());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task MessageWithoutRecipientAndTimestamp_AsOfflineDirectLineSends_RepliesFromTheBot()
    {
        using var client = factory.CreateClient();
        var activity = ActivityJson.Message("help", "directline")
            .With("recipient", null)
            .With("timestamp", null)
            .With("serviceUrl", "\"http://127.0.0.1:3000\"")
            .ExpectingReplies();

        using var response = await client.PostActivityAsync(activity);

        var reply = Assert.Single(await response.ReadRepliesAsync(), r => r?["text"] is not null);
        Assert.Equal("MeetingBot", reply?["from"]?["name"]?.GetValue<string>());
        Assert.Equal("user-1", reply?["recipient"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task SameActivityPostedTwice_IsProcessedOnce()
    {
        using var client = factory.CreateClient();
        var activity = ActivityJson.Message("help").ExpectingReplies();

        using var first = await client.PostActivityAsync(activity);
        using var second = await client.PostActivityAsync(activity);

        Assert.NotEmpty(await first.ReadRepliesAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        // The caller asked for replies: it gets the (empty) list, and no second answer.
        var body = await second.Content.ReadAsStringAsync();
        Assert.Empty(JsonNode.Parse(body)!["activities"]!.AsArray());
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsProcessedAgain()
    {
        using var client = factory.CreateClient();
        var activity = ActivityJson.Message("help").ExpectingReplies();
        var sameIdElsewhere = activity.With("conversation", "{\"id\":\"another-conversation-" + Guid.NewGuid().ToString("N") + "\"}");

        using var first = await client.PostActivityAsync(activity);
        using var second = await client.PostActivityAsync(sameIdElsewhere);

        Assert.NotEmpty(await first.ReadRepliesAsync());
        Assert.NotEmpty(await second.ReadRepliesAsync());
    }
}
