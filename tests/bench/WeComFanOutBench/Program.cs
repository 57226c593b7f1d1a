using Stopwatch = System.Diagnostics.Stopwatch;
using System.Globalization;
using MeetingBot.BotFramework;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Storage.Sqlite;
using MeetingBot.WeCom;
using MeetingBot.WeCom.Tests.Fake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MeetingBot.WeCom.Bench;

// 2,000 reminders (by default), one per person, through the real ProactiveSender, DeliveryLedger (SQLite) and the
// WeCom adapter's sender, against the loopback fake WeCom enforcing an API frequency limit per minute (errcode 45009).
var count = Arg("--count", 2000);
var senderRate = Arg("--sender-rate", 25);
var fakePerMinute = Arg("--fake-per-minute", 10_000);
var workers = Arg("--workers", 32);

await using var platform = await FakeWeCom.StartAsync();
platform.SendsPerMinute = fakePerMinute;
var database = Path.Combine(Path.GetTempPath(), $"wecom-bench-{Guid.NewGuid():N}.db");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["FanOut:GlobalPerSecond"] = senderRate.ToString(CultureInfo.InvariantCulture),
    ["Channels:WeCom:CorpId"] = FakeWeCom.CorpId,
    ["Channels:WeCom:AgentId"] = FakeWeCom.AgentId.ToString(CultureInfo.InvariantCulture),
    ["Channels:WeCom:Secret"] = FakeWeCom.Secret,
    ["Channels:WeCom:Token"] = FakeWeCom.Token,
    ["Channels:WeCom:EncodingAesKey"] = FakeWeCom.EncodingAesKey,
    ["Channels:WeCom:ApiBaseUrl"] = platform.BaseUrl,
}).Build();
var services = new ServiceCollection();
services.AddLogging(l => l.AddSimpleConsole(c => c.SingleLine = true).SetMinimumLevel(LogLevel.Error).AddFilter("Polly", LogLevel.None));
services.AddSingleton<IHostEnvironment>(new BenchEnvironment());
services.AddSingleton<IStorage>(new SqliteStorage(database));
services.AddBotFramework(configuration);
services.AddWeComChannel(configuration, api => api.AddHttpMessageHandler<ThrottleObserverHandler>());
await using var provider = services.BuildServiceProvider();
var sender = provider.GetRequiredService<ProactiveSender>();
var serviceUrl = WeComChannel.ServiceUrlOf(new WeComOptions { ApiBaseUrl = platform.BaseUrl });

var outcomes = new System.Collections.Concurrent.ConcurrentDictionary<PushOutcome, int>();
var clock = Stopwatch.StartNew();
// A push that failed after the pipeline's retries is sent again in a later pass, as the outbox does (same ledger key,
// so what was sent is never sent twice); at most five passes, the outbox's default attempts.
var pending = Enumerable.Range(0, count).ToList();
var passes = 0;
while (pending.Count > 0 && passes < 5)
{
    passes++;
    var failed = new System.Collections.Concurrent.ConcurrentBag<int>();
    var next = -1;
    var round = pending;
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
    {
    for (var n = Interlocked.Increment(ref next); n < round.Count; n = Interlocked.Increment(ref next))
    {
        var i = round[n];
        var key = $"reminder:bench:{i:D5}";
        var reference = new ConversationReference
        {
            ChannelId = Channels.WeCom,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(WeComConversations.OfUser($"user{i:D5}")),
            Bot = new ChannelAccount("meetingbot", "MeetingBot"),
        };
        var outcome = await sender.SendAsync(new PushMessage(key, reference, new Activity { Type = ActivityTypes.Message, Text = key }), CancellationToken.None);
        outcomes.AddOrUpdate(outcome, 1, (_, c) => c + 1);
        if (outcome is PushOutcome.Failed or PushOutcome.Busy)
        {
            failed.Add(i);
        }
    }
    }));
    pending = [.. failed];
}

clock.Stop();

var seen = platform.Deliveries.GroupBy(d => d.Text).ToDictionary(g => g.Key, g => g.Count());
var lost = Enumerable.Range(0, count).Count(i => !seen.ContainsKey($"reminder:bench:{i:D5}"));
var duplicated = seen.Values.Count(n => n > 1);
var lowerBound = Math.Max((double)count / senderRate, fakePerMinute >= count ? 0 : 60.0 * Math.Floor((double)(count - 1) / fakePerMinute));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"pushes {count}, sender {senderRate}/s, fake {fakePerMinute}/min: elapsed {clock.Elapsed.TotalSeconds:F1} s, lower bound {lowerBound:F1} s, " +
    $"passes {passes}, 45009 answers {platform.ThrottledAnswers}, tokens {platform.TokensIssued}, lost {lost}, duplicated {duplicated}, outcomes {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}"));
File.Delete(database);
return lost == 0 && duplicated == 0 ? 0 : 1;

int Arg(string name, int fallback) =>
    Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
