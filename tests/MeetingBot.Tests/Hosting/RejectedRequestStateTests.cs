using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Tests.Authentication.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Hosting;

/// <summary>
/// The adapter refuses bad requests before they touch any state: no conversation reference is stored and the
/// activity id is not marked as seen, so the same activity sent properly afterwards is processed.
/// </summary>
public sealed class RejectedRequestStateTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task EveryRejectedRequest_StoresNothing_ThenTheValidActivityIsStored()
    {
        using var client = factory.CreateClient();
        var storage = factory.Services.GetRequiredService<IStorage>();
        var activity = ActivityJson.Message("help").ExpectingReplies();
        var key = ConversationReferenceStore.ConversationKey(ActivityJson.ChannelId, activity.ConversationId());

        foreach (var (request, expected) in RejectedVariantsOf(activity))
        {
            using var response = await request(client);
            Assert.Equal(expected, response.StatusCode);
        }

        Assert.Null(await storage.ReadAsync(key));
        using var valid = await client.PostActivityAsync(activity);
        Assert.NotEmpty(await valid.ReadRepliesAsync());
        Assert.NotNull(await storage.ReadAsync(key));
    }

    private static IEnumerable<(Func<HttpClient, Task<HttpResponseMessage>> Request, HttpStatusCode Expected)> RejectedVariantsOf(JsonObject activity)
    {
        var tooLarge = activity.With("text", JsonValue.Create(new string('x', 300 * 1024)).ToJsonString());
        var json = activity.ToJsonString();
        using var stranger = SigningKey.Endorsed("stranger-key", "msteams");
        var token = TokenMinter.Create(stranger, MeetingBotFactory.ChannelIssuer, MeetingBotFactory.AppId, TokenMinter.ChannelClaims(ActivityJson.ServiceUrl));

        return
        [
            (c => c.PostActivityAsync(tooLarge), HttpStatusCode.RequestEntityTooLarge),
            (c => c.PostContentAsync(new ChunkedContent(Encoding.UTF8.GetBytes(tooLarge.ToJsonString()))), HttpStatusCode.RequestEntityTooLarge),
            (c => c.PostBodyAsync(json[..^5]), HttpStatusCode.BadRequest),
            (c => c.PostActivityAsync(activity.With("type", null)), HttpStatusCode.BadRequest),
            (c => c.PostActivityAsync(activity.With("serviceUrl", null)), HttpStatusCode.BadRequest),
            (c => c.PostActivityAsync(activity.With("serviceUrl", "\"ftp://smba.trafficmanager.net/teams/\"")), HttpStatusCode.BadRequest),
            (c => c.PostBodyAsync(activity.WithValueNested(200)), HttpStatusCode.BadRequest),
            (c => c.PostActivityAsync(activity, token), HttpStatusCode.Unauthorized),
            (c => c.PostBodyAsync(json, "Bearer not-a-jwt"), HttpStatusCode.Unauthorized),
        ];
    }
}
