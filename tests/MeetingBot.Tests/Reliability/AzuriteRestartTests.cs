using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Chat;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Submissions;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Reliability;

/// <summary>
/// Azure Blob storage (a private Azurite) stopped and started again on the same port and data folder while four
/// people hand in criticism outlines through chat at once: every outline the bot acknowledged as handed in is in
/// storage afterwards, every turn got a clear answer (never a 5xx), and what failed can be handed in again.
/// </summary>
public sealed class AzuriteRestartTests
{
    private const string Points =
        "1. 党性原则不够强，例如对分管领域的违规问题没有及时指出\n" +
        "2. 工作落实不够实，例如去年三项重点工作推进缓慢拖延半年\n" +
        "3. 严格自律要求不严，例如公务接待超标一次未及时纠正";

    // The start of the apology for a failed turn ("…您的数据没有丢失…"), before its reference number.
    private static readonly string Apology = ChatTexts.TurnFailed.ZhCn[..ChatTexts.TurnFailed.ZhCn.IndexOf('{', StringComparison.Ordinal)];

    private int _apologies;

    [Fact]
    public async Task AzuriteStoppedAndRestartedDuringSubmissions_AcknowledgedOnesAreStored_FailuresAreToldAndCanBeRedone()
    {
        await using var azurite = await PrivateAzurite.StartAsync();
        await using var factory = MeetingBotFactory.WithStorage(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureBlob:ContainerName"] = "fault-" + Guid.NewGuid().ToString("N")[..8],
            ["Reminders:JobStorePath"] = Path.Combine(Directory.CreateTempSubdirectory("meetingbot-fault-").FullName, "reminders.db"),
        });
        using var client = factory.CreateClient();
        var bed = new MeetingTestBed(factory);
        await bed.CreateAsync();
        Actor[] team = [bed.Lead, bed.Li, bed.Zhang, bed.Liu];
        var acknowledged = new ConcurrentBag<(Actor Author, Actor Target)>();
        var failed = new ConcurrentBag<(Actor Author, Actor Target, string Transcript)>();

        var outage = Task.Run(async () =>
        {
            while (acknowledged.Count < 2)
            {
                await Task.Delay(20);
            }

            await azurite.StopAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await azurite.RestartAsync();
        });
        await Task.WhenAll(team.Select(author => Task.Run(async () =>
        {
            foreach (var target in team.Where(t => t != author))
            {
                var (handedIn, transcript) = await HandInAsync(client, bed, author, target);
                if (handedIn)
                {
                    acknowledged.Add((author, target));
                }
                else
                {
                    failed.Add((author, target, transcript));
                }
            }
        })));
        await outage;

        Assert.Equal(12, acknowledged.Count + failed.Count);
        foreach (var (author, target) in acknowledged)
        {
            var stored = await bed.Repository.GetAsync<Submission>(null, DocumentId.Submission(bed.MeetingId, "criticism-outline", author.UserId, target.UserId), CancellationToken.None);
            Assert.True(stored is { State: SubmissionState.Submitted, Versions.Count: 1 }, $"{author.Name} → {target.Name} was acknowledged but is not stored");
        }

        // Nothing was lost silently: a batch with failures said so (the apology for a failed turn), and each outline that
        // was not acknowledged is stored once handed in again (the bot answers that it already awaits review when the
        // failed turn had saved it after all; a dialog left waiting by a failed turn is cancelled first).
        Assert.True(failed.IsEmpty || _apologies > 0, "Submissions failed, but no turn said so:\n" + string.Join("\n", failed.Select(f => f.Transcript)));
        foreach (var (author, target, _) in failed)
        {
            var (_, again) = await HandInAsync(client, bed, author, target, afterFailure: true);
            var stored = await bed.Repository.GetAsync<Submission>(null, DocumentId.Submission(bed.MeetingId, "criticism-outline", author.UserId, target.UserId), CancellationToken.None);
            Assert.True(stored is { State: SubmissionState.Submitted, Versions.Count: 1 }, $"{author.Name} → {target.Name} is not stored after handing it in again: {again}");
        }
    }

    /// <summary>The outline dialog in the author's 1:1 chat: whether the bot said it was handed in, and what it said.</summary>
    private async Task<(bool HandedIn, string Transcript)> HandInAsync(HttpClient client, MeetingTestBed bed, Actor author, Actor target, bool afterFailure = false)
    {
        var transcript = new List<string>();
        if (afterFailure)
        {
            // A dialog broken off by a failure may still be waiting for its points: cancel it first.
            transcript.AddRange(await SayAsync(client, bed, author, "取消"));
        }

        transcript.AddRange(await SayAsync(client, bed, author, "提交 提纲", target));
        transcript.AddRange(await SayAsync(client, bed, author, Points));
        var replies = await SayAsync(client, bed, author, "提交");
        transcript.AddRange(replies);
        return (replies.Any(r => r.StartsWith("已提交", StringComparison.Ordinal)), string.Join(" | ", transcript));
    }

    /// <summary>One turn; asserts the answer is a 200 with at least one reply in words (an apology counts: it is clear).</summary>
    private async Task<List<string>> SayAsync(HttpClient client, MeetingTestBed bed, Actor from, string text, Actor? mention = null)
    {
        var message = ActivityJson.Message(text).In("zh-CN").ExpectingReplies();
        message["from"] = new JsonObject { ["id"] = from.UserId, ["name"] = from.Name };
        message["conversation"] = new JsonObject { ["id"] = "personal-" + from.UserId, ["conversationType"] = "personal" };
        if (mention is not null)
        {
            message["text"] = $"{text} <at>{mention.Name}</at>";
            message["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = mention.UserId, ["name"] = mention.Name },
                ["text"] = $"<at>{mention.Name}</at>",
            });
        }

        using var response = await client.PostActivityAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = (await response.ReadRepliesAsync()).Select(r => r?["text"]?.GetValue<string>() ?? string.Empty).ToList();
        if (replies.Any(r => r.StartsWith(Apology, StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _apologies);
        }

        Assert.True(replies.Any(r => r.Length > 0), $"\"{text}\" by {from.Name} got no clear answer: [{string.Join(" | ", replies)}]");
        return replies;
    }
}
