using System.Collections.Concurrent;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Diagnostics;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Reminders;
using MeetingBot.Coordination.Texts;
using MeetingBot.Delivery.FanOut;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Chat.Meetings.Submissions;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MeetingBot.Tests.Reminders.FanOut;

/// <summary>
/// A reminder's cost in storage round trips per recipient is at most two (the delivery ledger's claim and settle):
/// the recipients' 1:1 conversations are read for the whole run at once, and the run's progress is written now and
/// then, not per recipient. Counted beneath the host's own storage decorators, so a decorator that splits the one
/// read into one per recipient shows.
/// </summary>
public sealed class FanOutRoundTripTests(MeetingBotFactory factory) : IClassFixture<MeetingBotFactory>
{
    private const int Recipients = 20;

    // Counted by hand: the ledger claims the recipient's push (a create) and settles it (an update on that ETag).
    private const int PerRecipient = 2;

    // Counted by hand: one read of every recipient's 1:1 conversation, the run created, the run read and finished.
    private const int PerRun = 4;

    private readonly ConcurrentQueue<(string Path, string Body)> _sent = new();
    private readonly CountingStorage _storage = new();

    [Fact]
    public async Task AReminderToTwentyPeople_CostsEachAtMostTwoOperations_AndTheRunAHandful()
    {
        using var host = Host();
        var seeded = await SeededMeeting.CreateAsync(host, members: Recipients);
        using var client = host.CreateClient();
        var recipients = Enumerable.Range(1, Recipients).Select(seeded.Member).ToList();
        foreach (var member in recipients)
        {
            // Each opens the 1:1 chat once, so the bot has a conversation to remind him in.
            await seeded.SayAsync(client, member, "帮助");
        }

        _storage.Reset();
        var fanOut = host.Services.GetRequiredService<ReminderFanOut>();
        var messages = recipients.Select(u => new ReminderMessage(u, u, new BilingualText("请按时提交学习心得。", "Please hand in your study notes."))).ToList();
        var (run, outcomes) = await fanOut.RunAsync(seeded.Meeting, $"meetings/{seeded.Meeting.Id}/reminders/study/1", messages, CancellationToken.None);

        Assert.Equal(Recipients, outcomes.Count(o => o.Outcome == PushOutcome.Delivered));
        Assert.Equal(Recipients, run.Sent);
        var operations = _storage.Operations;
        foreach (var recipient in recipients)
        {
            var his = operations.Where(o => o.EndsWith("/" + recipient, StringComparison.Ordinal) && !o.StartsWith("readmany ", StringComparison.Ordinal)).ToList();
            Assert.True(his.Count <= PerRecipient, $"{recipient}: {string.Join(", ", his)}");
        }

        Assert.Single(operations, o => o.StartsWith("readmany ", StringComparison.Ordinal));
        Assert.True(operations.Count <= (PerRecipient * Recipients) + PerRun, $"{operations.Count} operations:\n{string.Join("\n", operations)}");
    }

    private WebApplicationFactory<Program> Host() =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(_storage);
            // The decorators the host puts over its provider, over the counting one instead.
            services.ObserveStorage();
            // Progress writes and the cancel poll go by the clock, not by recipient: on a slow machine they would count here.
            services.Configure<FanOutProgressOptions>(o => (o.RecordEvery, o.CancelPollEvery) = (TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1)));
            services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new RecordingChannel(_sent));
        }));
}
