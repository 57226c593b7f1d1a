using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Templates;
using MeetingBot.Meetings.Storage;
using MeetingBot.Storage.AzureBlob;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace MeetingBot.Tests.Reminders;

/// <summary>
/// Two service processes on loopback ports, state in Azurite, Quartz clustered on PostgreSQL, the connector pointed
/// at a fake channel that records every send. A batch of meeting-day notices (each to 200 people) fires: each
/// trigger fires on exactly one instance and everyone gets each notice once. Then the instance running a slowed
/// fan-out is killed (SIGKILL) half way: the other recovers the job and finishes it, everyone gets the notice, and
/// the only duplicates are pushes the dead instance had claimed and not yet recorded as sent.
/// </summary>
public sealed partial class ScaleOutTests(ITestOutputHelper output)
{
    private const int BatchMembers = 50;
    private const int KilledMembers = 200;
    private static readonly TimeSpan SlowSend = TimeSpan.FromMilliseconds(30);

    [Fact]
    public async Task TwoInstances_FireEachReminderOnce_AndTheSurvivorFinishesAFanOutWhoseInstanceWasKilled()
    {
        var azurite = Environment.GetEnvironmentVariable("AZURITE_BLOB_CONNECTION_STRING") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("AZURITE_BLOB_CONNECTION_STRING is not set: run `bash scripts/test.sh`, which starts Azurite.");
        var run = Guid.NewGuid().ToString("N")[..10];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string what) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s  {what}");
        var database = $"scaleout_{run}";
        var postgres = await TestPostgres.CreateDatabaseAsync(database);
        var container = new BlobContainerClient(azurite, $"scaleout-{run}");
        await container.CreateIfNotExistsAsync();
        var storage = new AzureBlobStorage(container);
        try
        {
            // The killed meeting's pushes are slowed, so its fan-out is still going when the instance dies.
            var slowConversations = $"a%3As{run}";
            await using var channel = await LoopbackServer.StartAsync(async c =>
            {
                if (c.Request.Path.Value!.Contains(slowConversations, StringComparison.Ordinal)
                    || Uri.UnescapeDataString(c.Request.Path.Value).Contains($"a:s{run}", StringComparison.Ordinal))
                {
                    await Task.Delay(SlowSend);
                }

                await c.Response.WriteAsync("{\"id\":\"1\"}");
            });

            // A batch of notices fires first, then the slowed one: the job runs one fan-out at a time across the
            // cluster (the channel's overall limit is per bot), so they follow each other whichever instance runs them.
            // Everyone's 1:1 chat is stored first (ids do not depend on times), then the meetings, timed from then on.
            var template = LoadTemplate();
            string[] batchIds = [$"b{run}1", $"b{run}2", $"b{run}3"];
            await SeedChatsAsync(storage, channel.BaseUrl,
                [.. batchIds.Select(id => NoticeMeeting.Create(template, id, DateTimeOffset.UtcNow.AddHours(1), BatchMembers)),
                 NoticeMeeting.Create(template, $"s{run}", DateTimeOffset.UtcNow.AddHours(1), KilledMembers)]);
            Phase("1:1 chats stored");
            var start = DateTimeOffset.UtcNow;
            var batch = batchIds.Select((id, i) => NoticeMeeting.Create(template, id, start.AddSeconds(12 + i), BatchMembers)).ToArray();
            var killed = NoticeMeeting.Create(template, $"s{run}", start.AddSeconds(16), KilledMembers);
            await SeedMeetingsAsync(storage, [.. batch, killed]);

            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Storage__Provider"] = "AzureBlob",
                ["Storage__AzureBlob__ConnectionString"] = azurite,
                ["Storage__AzureBlob__ContainerName"] = container.Name,
                ["Reminders__JobStore"] = "Postgres",
                ["Reminders__PostgresConnectionString"] = postgres,
                ["Reminders__ClusterCheckinInterval"] = "00:00:01",
                ["Reminders__ClusterCheckinMisfireThreshold"] = "00:00:02",
                // Generous: a notice queued behind the others is late, not missed.
                ["Reminders__MissedStillRelevant"] = "00:10:00",
                ["FanOut__GlobalPerSecond"] = "1000",
                ["FanOut__Lease"] = "00:00:05",
                ["Logging__LogLevel__MeetingBot.Reminders.ReminderDispatch"] = "Warning",
                ["Logging__LogLevel__Polly"] = "Warning",
            };
            await using var one = ServiceInstance.Start("instance 1", environment);
            await using var two = ServiceInstance.Start("instance 2", environment);
            await one.WaitUntilListeningAsync(TimeSpan.FromSeconds(40));
            await two.WaitUntilListeningAsync(TimeSpan.FromSeconds(40));
            ServiceInstance[] instances = [one, two];
            Phase("both instances listening");

            // The batch: each notice fired once across the two, each recipient has it once.
            foreach (var meeting in batch)
            {
                await WaitUntilAsync(() => Recipients(channel, meeting).Count == meeting.Recipients.Count(), $"every member got {meeting.Meeting.Id}'s notice", instances);
            }

            Phase("the batch is delivered");

            // The slowed fan-out: kill whichever instance runs it, a third of the way in.
            await WaitUntilAsync(() => Sends(channel, killed).Count >= KilledMembers / 3, "the slowed fan-out is a third done", instances);
            var victim = instances.Single(i => Fires(i, killed).Count > 0);
            var survivor = instances.Single(i => i != victim);
            await victim.KillAsync();
            var sentBeforeKill = Sends(channel, killed).Count;
            Phase($"{victim.Name} killed");
            // Claimed by the dead instance and not recorded as sent: pushes that may have reached the channel.
            var inFlight = (await storage.ListAsync($"deliveries/{killed.Notice.Key}/"))
                .Select(d => JsonSerializer.Deserialize<DeliveryRecord>(d.Json, BotJson.Options)!)
                .Count(r => r.State == DeliveryState.Claimed && r.Holder is { } holder && holder.Contains($"/{victim.ProcessId}/", StringComparison.Ordinal));

            await WaitUntilAsync(() => Recipients(channel, killed).Count == killed.Recipients.Count(), "the survivor finished the killed instance's fan-out", [survivor]);
            // Whatever the survivor still owes after the lease (the claims the dead instance held) is done too.
            await WaitUntilAsync(async () => (await storage.ListAsync($"deliveries/{killed.Notice.Key}/"))
                .Select(d => JsonSerializer.Deserialize<DeliveryRecord>(d.Json, BotJson.Options)!)
                .Count(r => r.State == DeliveryState.Sent) == killed.Recipients.Count(), "every push of the killed fan-out is recorded as sent", [survivor]);

            Phase("the survivor finished the fan-out");
            foreach (var instance in instances)
            {
                output.WriteLine($"{instance.Name} (pid {instance.ProcessId}{(instance == victim ? ", killed" : string.Empty)}): " +
                    string.Join(", ", batch.Append(killed).Select(m => $"{m.Meeting.Id} fired {Fires(instance, m).Count} time(s) {Describe(Fires(instance, m))}")));
            }

            foreach (var meeting in batch)
            {
                var sends = Sends(channel, meeting);
                output.WriteLine($"batch notice {meeting.Meeting.Id}: {sends.Count} sends to {Recipients(channel, meeting).Count} recipients, {sends.Count - meeting.Recipients.Count()} duplicates");
                Assert.Single(instances.SelectMany(i => Fires(i, meeting)));
                Assert.Equal(meeting.Recipients.Order(), sends.Select(c => c["a:".Length..]).Order());
            }

            var killedSends = Sends(channel, killed);
            var duplicates = killedSends.Count - killed.Recipients.Count();
            output.WriteLine($"killed fan-out {killed.Meeting.Id}: {sentBeforeKill} sends reached the channel before the kill, {inFlight} claimed and unrecorded at the kill; " +
                $"{killedSends.Count} sends in all to {Recipients(channel, killed).Count} recipients, {duplicates} duplicates");
            Assert.Equal(killed.Recipients.Order(), Recipients(channel, killed).Order());
            Assert.InRange(duplicates, 0, inFlight);
            // Fired once as planned (on the victim), then recovered by the survivor (recovery or follow-up runs only).
            Assert.Single(Fires(victim, killed));
            Assert.Contains(Fires(survivor, killed), f => f.Recovering);
            Assert.DoesNotContain(Fires(survivor, killed), f => !f.Recovering && f.FollowUp == 0);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
            await container.DeleteIfExistsAsync();
        }
    }

    private static ProcessTemplate LoadTemplate() =>
        TemplateLibrary.Parse(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "templates"), "*.yaml")
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))).Find("democratic-life-meeting")!;

    /// <summary>
    /// Everyone's 1:1 chat with the bot, straight into the shared state: the personal reference a reminder looks up,
    /// written once each into the fresh container (what a first message in the chat would have stored).
    /// </summary>
    private static async Task SeedChatsAsync(AzureBlobStorage storage, string serviceUrl, NoticeMeeting[] meetings) =>
        await Parallel.ForEachAsync(meetings.SelectMany(m => m.PersonalChats(serviceUrl)), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (reference, cancellationToken) => await storage.WriteAsync(
                ConversationReferenceStore.PersonalKey(reference.ChannelId!, reference.User!.Id!),
                new StoredConversationReference(StoredConversationReference.CurrentVersion, reference, ServiceUrlVerified: false, DateTimeOffset.UtcNow),
                WriteCondition.IfAbsent, cancellationToken));

    private static async Task SeedMeetingsAsync(AzureBlobStorage storage, NoticeMeeting[] meetings)
    {
        var repository = new MeetingRepository(storage);
        foreach (var meeting in meetings)
        {
            var saved = await repository.UpdateAsync<Meeting>(null, DocumentId.Meeting(meeting.Meeting.Id), _ => meeting.Meeting, CancellationToken.None);
            Assert.True(saved.IsSuccess, saved.ToString());
        }
    }

    /// <summary>Every send of a meeting's notice that reached the channel (only the notice names the meeting's place), by conversation.</summary>
    private static List<string> Sends(LoopbackServer channel, NoticeMeeting meeting) =>
        [.. channel.Requests.Where(r => r.Body.Contains(meeting.Place, StringComparison.Ordinal))
            .Select(r => Uri.UnescapeDataString(r.PathAndQuery.Split('/')[3]))];

    private static HashSet<string> Recipients(LoopbackServer channel, NoticeMeeting meeting) =>
        [.. Sends(channel, meeting).Select(c => c["a:".Length..])];

    private static List<(bool Recovering, int FollowUp)> Fires(ServiceInstance instance, NoticeMeeting meeting) =>
        [.. instance.Output.Select(l => Fired().Match(l)).Where(m => m.Success && m.Groups[1].Value == meeting.Notice.Key)
            .Select(m => (bool.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture)))];

    private static string Describe(List<(bool Recovering, int FollowUp)> fires) =>
        fires.Count == 0 ? string.Empty : "(" + string.Join("; ", fires.Select(f => f.Recovering ? "recovering" : f.FollowUp > 0 ? $"after lease #{f.FollowUp}" : "as planned")) + ")";

    private static async Task WaitUntilAsync(Func<bool> condition, string what, IEnumerable<ServiceInstance> watched) =>
        await WaitUntilAsync(() => Task.FromResult(condition()), what, watched);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, IEnumerable<ServiceInstance> watched)
    {
        // Generous for a loaded machine; on an idle one each wait takes a few seconds.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline || watched.FirstOrDefault(i => i.HasExited) is { } exited)
            {
                var logs = string.Join("\n", watched.Select(i => $"--- {i.Name}\n" + string.Join('\n', i.Output.TakeLast(40))));
                Assert.Fail($"Waited for: {what}\n{logs}");
            }

            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"Reminder (\S+) fired on (\S+) \(recovering: (True|False), follow-up: (\d+)\)")]
    private static partial Regex Fired();
}
