using System.Collections.Concurrent;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Bench.FanOut;

/// <summary>
/// The service's real sending path, wired as the service wires it: <see cref="ProactiveSender"/> (token bucket,
/// per-conversation pace, channel-wide pause on 429, the connector's Polly pipeline) over a
/// <see cref="DeliveryLedger"/> in SQLite. It pushes every reminder, in passes, until the ledger has each one done;
/// a push another holder still leases (a killed run's) waits for the next pass.
/// </summary>
public sealed class BenchSender(BenchSettings settings)
{
    public static string KeyOf(int index) => "bench/r" + index.ToString("D5", CultureInfo.InvariantCulture);

    public async Task<SendReport> RunAsync(CancellationToken cancellationToken)
    {
        await using var services = Build();
        var sender = services.GetRequiredService<ProactiveSender>();
        var outcomes = new ConcurrentDictionary<PushOutcome, int>();
        var pending = Enumerable.Range(0, settings.Reminders).ToList();
        var clock = Stopwatch.StartNew();
        var passes = 0;
        while (pending.Count > 0)
        {
            passes++;
            var again = new ConcurrentBag<int>();
            var queue = new ConcurrentQueue<int>(pending);
            var workers = Enumerable.Range(0, settings.Workers).Select(_ => Task.Run(async () =>
            {
                while (queue.TryDequeue(out var index))
                {
                    var outcome = await sender.SendAsync(Push(index), cancellationToken);
                    outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                    if (outcome is PushOutcome.Busy or PushOutcome.Failed)
                    {
                        again.Add(index);
                    }
                }
            }, cancellationToken));
            await Task.WhenAll(workers);
            pending = [.. again.Order()];
            if (pending.Count > 0)
            {
                // Busy means a dead holder's lease is still running: come back when it may have ended.
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        return new SendReport(clock.Elapsed, passes, new Dictionary<PushOutcome, int>(outcomes));
    }

    /// <summary>Push <paramref name="index"/>: recipient index, in conversation index mod the conversation count.</summary>
    private PushMessage Push(int index)
    {
        var conversation = "a:conv" + (index % settings.Conversations).ToString("D4", CultureInfo.InvariantCulture);
        var key = KeyOf(index);
        return new PushMessage(key, new ConversationReference
        {
            ChannelId = Channels.MsTeams,
            ServiceUrl = settings.ChannelUrl,
            Conversation = new ConversationAccount(conversation, conversationType: "personal"),
            User = new ChannelAccount("29:user" + index.ToString(CultureInfo.InvariantCulture), "member"),
            Bot = new ChannelAccount("28:bot", "MeetingBot"),
        }, Activity.CreateMessage(key));
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FanOut:GlobalPerSecond"] = settings.SenderPerSecond.ToString(CultureInfo.InvariantCulture),
            ["FanOut:Lease"] = settings.Lease.ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        // --log 1: the sender's and connector's warnings (why a push failed) on standard error.
        services.AddLogging(l => l.AddSimpleConsole(c => c.SingleLine = true).AddFilter((_, level) => settings.Log && level >= LogLevel.Warning));
        services.AddSingleton<IHostEnvironment>(new BenchEnvironment());
        services.AddSingleton<IStorage>(new SqliteStorage(settings.Database));
        services.AddSingleton<ITurnErrorHandler, BenchTurnErrors>();
        services.AddBotFramework(configuration);
        services.AddDelivery(configuration);
        return services.BuildServiceProvider();
    }
}
