using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace MeetingBot.BotFramework.Tests.Connector;

/// <summary>
/// A batch of replies while the channel drops connections: nothing lost, nothing sent twice. A drop before the
/// channel answered means it did not take the activity, so the connector sends it again; a drop in the middle of
/// a success answer means it did, so the connector counts it as sent and never sends it again.
/// </summary>
public sealed class DroppedConnectionTests
{
    private const int Batch = 12;

    [Fact]
    public async Task ConnectionDroppedBeforeTheAnswer_IsRetried_AndEveryReplyArrivesExactlyOnce()
    {
        var delivered = new ConcurrentQueue<string>();
        var attempts = new ConcurrentDictionary<string, int>();
        await using var bed = await ConnectorTestBed.StartAsync(async (context, _) =>
        {
            var text = await TextOf(context);
            // Every third reply: the first attempt is cut off before any answer (the channel never took it).
            if (attempts.AddOrUpdate(text, 1, (_, n) => n + 1) == 1 && int.Parse(text[6..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0)
            {
                context.Abort();
                return;
            }

            delivered.Enqueue(text);
            await context.Response.WriteAsync("{\"id\":\"sent\"}");
        });

        foreach (var reply in Replies())
        {
            await bed.Client().SendToConversationAsync(reply, CancellationToken.None);
        }

        Assert.Equal(Replies().Select(r => r.Text), delivered);
        Assert.All(attempts, a => Assert.Equal(int.Parse(a.Key[6..], System.Globalization.CultureInfo.InvariantCulture) % 3 == 0 ? 2 : 1, a.Value));
    }

    [Fact]
    public async Task ConnectionDroppedInTheMiddleOfASuccessAnswer_CountsAsSent_AndIsNeverSentAgain()
    {
        var delivered = new ConcurrentQueue<string>();
        await using var bed = await ConnectorTestBed.StartAsync(async (context, _) =>
        {
            var text = await TextOf(context);
            delivered.Enqueue(text);
            // The channel took it: 200 and the start of the body, then the connection is gone.
            context.Response.ContentLength = 100;
            await context.Response.WriteAsync("{\"id\":");
            await context.Response.Body.FlushAsync();
            context.Features.Get<IHttpResponseBodyFeature>()!.Stream.Flush();
            context.Abort();
        });
        var answers = new List<ResourceResponse>();

        foreach (var reply in Replies())
        {
            answers.Add(await bed.Client().SendToConversationAsync(reply, CancellationToken.None));
        }

        Assert.Equal(Replies().Select(r => r.Text), delivered);
        Assert.All(answers, a => Assert.Null(a.Id));
    }

    private static IEnumerable<Activity> Replies() =>
        Enumerable.Range(1, Batch).Select(i => new Activity
        {
            Type = ActivityTypes.Message,
            Text = $"reply-{i:D2}",
            Conversation = new ConversationAccount("a:conversation"),
        });

    private static async Task<string> TextOf(HttpContext context) =>
        (await JsonNode.ParseAsync(context.Request.Body))!["text"]!.GetValue<string>();
}
