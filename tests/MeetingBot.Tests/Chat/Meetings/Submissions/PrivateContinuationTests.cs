using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Chat.Meetings.Submissions;

/// <summary>
/// A submission asked for in a group, by a member who has a 1:1 chat with the bot: the group hears only that it
/// continues privately; the first question goes to the 1:1 chat, where the flow is waiting for the answer.
/// </summary>
public sealed class PrivateContinuationTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    [Fact]
    public async Task StartedInAGroup_TheFlowWaitsInThe1To1Chat_AndTheGroupHearsNoContent()
    {
        var sent = new ConcurrentQueue<(string Path, string Body)>();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new Channel(sent))));
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        var member = seeded.Member(1);
        await seeded.SayAsync(client, member, "帮助");

        var group = await seeded.SayAsync(client, member, "提交 学习", inGroup: true);

        Assert.Equal([SubmissionTexts.GoPrivate.ZhCn], group);
        // The question as text, then as a card (Direct Line renders cards); nothing else was sent anywhere.
        var toPrivate = sent.Where(s => s.Path.Contains($"{seeded.Prefix}-dm-{member}", StringComparison.Ordinal)).ToList();
        Assert.Equal(sent.Count, toPrivate.Count);
        Assert.Contains(SubmissionTexts.StudyMaterials.ZhCn, JsonNode.Parse(toPrivate[0].Body)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, toPrivate.Count);

        var review = await seeded.SayAsync(client, member, "1. 《党章》");
        Assert.Contains(SubmissionTexts.Review.ZhCn, review[0], StringComparison.Ordinal);
    }

    /// <summary>The channel's connector: accepts every activity the bot sends and remembers it.</summary>
    private sealed class Channel(ConcurrentQueue<(string Path, string Body)> sent) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            sent.Enqueue((request.RequestUri!.AbsolutePath, body));
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"id\":\"sent-1\"}", Encoding.UTF8, "application/json") };
        }
    }
}
