using System.Collections.Concurrent;
using System.Globalization;
using MeetingBot.Bench.DingTalk;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Builder;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.DingTalk;
using MeetingBot.DingTalk.Tests.Fakes;
using MeetingBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Stopwatch = System.Diagnostics.Stopwatch;

// dotnet run -c Release --project tests/bench/DingTalkFanOutBench -- [reminders] [workers]; see RESULTS.md.
// N reminders, one per person, through the service's real sending path (ProactiveSender over a SQLite delivery
// ledger, the DingTalk adapter's pace and Polly pipeline) to the loopback fake platform, which enforces 20 calls a
// second and refuses more with the documented code. Then the same N again: the ledger must send none twice.
var reminders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var workers = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 16;
await using var platform = await FakeDingTalk.StartAsync();
var database = Path.Combine(Path.GetTempPath(), $"dingtalk-bench-{Guid.NewGuid():N}.db");
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["FanOut:GlobalPerSecond"] = "20",
    ["Channels:DingTalk:Enabled"] = "true",
    ["Channels:DingTalk:Mode"] = "Http",
    ["Channels:DingTalk:ClientId"] = FakeDingTalk.ClientId,
    ["Channels:DingTalk:ClientSecret"] = FakeDingTalk.ClientSecret,
    ["Channels:DingTalk:RobotCode"] = FakeDingTalk.RobotCode,
    ["Channels:DingTalk:ApiBaseUrl"] = platform.BaseUrl,
}).Build();
var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<IHostEnvironment>(new BenchEnvironment());
services.AddSingleton<IStorage>(new SqliteStorage(database));
services.AddSingleton<ITurnErrorHandler, BenchTurnErrors>();
services.AddBotFramework(configuration);
services.AddDingTalkChannel(configuration);
services.AddSingleton<IBot>(_ => throw new InvalidOperationException("No turns in the bench."));
await using var provider = services.BuildServiceProvider();
var sender = provider.GetRequiredService<ProactiveSender>();

Console.WriteLine(FormattableString.Invariant(
    $"{reminders} reminders to {reminders} people (1:1, oToMessages/batchSend); platform enforces {platform.ApiCallsPerSecond}/s; {workers} workers; {Environment.ProcessorCount} cores; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC"));
foreach (var round in new[] { "first", "again" })
{
    var outcomes = new ConcurrentDictionary<PushOutcome, int>();
    var pending = new ConcurrentQueue<int>(Enumerable.Range(0, reminders));
    var clock = Stopwatch.StartNew();
    var passes = 0;
    while (!pending.IsEmpty)
    {
        passes++;
        var again = new ConcurrentQueue<int>();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (pending.TryDequeue(out var index))
            {
                var outcome = await sender.SendAsync(Push(index), CancellationToken.None);
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (outcome is PushOutcome.Busy or PushOutcome.Failed)
                {
                    again.Enqueue(index);
                }
            }
        })));
        pending = again;
    }

    var delivered = platform.Deliveries.ToList();
    var distinct = delivered.Select(d => d.UserId).Distinct().Count();
    Console.WriteLine(FormattableString.Invariant(
        $"{round}: elapsed {clock.Elapsed.TotalSeconds:F1} s (lower bound {reminders / 20.0:F1} s); passes {passes}; outcomes {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}"));
    Console.WriteLine(FormattableString.Invariant(
        $"  platform: delivered {delivered.Count}, distinct people {distinct}, lost {reminders - distinct}, duplicated {delivered.Count - distinct}, refused for rate {platform.Refusals}, tokens issued {platform.TokensIssued}"));
}

foreach (var file in new[] { database, database + "-wal", database + "-shm" })
{
    File.Delete(file);
}

return 0;

PushMessage Push(int index)
{
    var person = "staff" + index.ToString("D5", CultureInfo.InvariantCulture);
    return new PushMessage("bench/dingtalk/" + person, new ConversationReference
    {
        ChannelId = Channels.DingTalk,
        ServiceUrl = platform.BaseUrl + "/",
        Conversation = DingTalkConversations.Personal(person),
        User = new ChannelAccount(person, "成员"),
        Bot = new ChannelAccount(FakeDingTalk.RobotCode, "会议助手") { Role = "bot" },
    }, Activity.CreateMessage("【提醒】请于明天前提交对照检查材料。"));
}
