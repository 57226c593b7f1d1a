using System.Collections.Concurrent;
using MeetingBot.BotFramework.Connector;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Chat.Meetings.Submissions;
using MeetingBot.Localization;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MeetingBot.Tests.Chat.Meetings;

/// <summary>
/// A member's turn does not wait for the lead's chat to be allowed another message: when two members hand in within
/// the lead's pace (here one message per two seconds), the second member is answered at once, his notice waits in
/// the outbox, and the lead still gets each review card exactly once.
/// </summary>
public sealed class NoticesPastThePaceTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private readonly ConcurrentQueue<(string Path, string Body)> _sent = new();

    [Fact]
    public async Task TheSecondHandIn_IsAnsweredAtOnce_AndItsNoticeFollowsFromTheOutbox()
    {
        using var host = Host();
        var seeded = await SeededMeeting.CreateAsync(host);
        using var client = host.CreateClient();
        await seeded.SayAsync(client, seeded.Lead, "帮助");

        foreach (var member in new[] { seeded.Member(1), seeded.Member(2) })
        {
            await seeded.TypeShortMaterialAsync(client, member);

            Assert.Equal([SubmissionTexts.Submitted.In(UserLocale.ZhCn, 1)], await seeded.SayAsync(client, member, "提交"));
        }

        // The second card was left to the outbox by the turn (the pace said wait) and sent from there.
        var storage = host.Services.GetRequiredService<IStorage>();
        Assert.True(await Eventually.TrueAsync(async () => _sent.Count(s => s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal)) == 2
            && (await host.Services.GetRequiredService<PushOutbox>().WaitingAsync(CancellationToken.None)).Count == 0), "both cards reached the lead");
        Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), r => r.Category == typeof(PushOutbox).FullName && r.Message.Contains("waits in the outbox", StringComparison.Ordinal));
        var records = (await storage.ListAsync("deliveries/", CancellationToken.None))
            .Select(d => System.Text.Json.JsonSerializer.Deserialize<DeliveryRecord>(d.Json, BotFramework.Schema.BotJson.Options)!)
            .Where(r => r.Key.EndsWith("/" + seeded.Lead, StringComparison.Ordinal))
            .ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.Equal(2, _sent.Count(s => s.Path.Contains($"-dm-{seeded.Lead}", StringComparison.Ordinal)));
    }

    private WebApplicationFactory<Program> Host() =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("FanOut:PerConversationPerSecond", "1");
            builder.UseSetting("FanOut:PerConversationPerTwoSeconds", "1");
            builder.ConfigureLogging(logging => logging.AddFakeLogging());
            builder.ConfigureTestServices(services =>
                services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(_sent)));
        });
}
