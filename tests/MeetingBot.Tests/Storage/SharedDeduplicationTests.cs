using MeetingBot.Tests.Hosting;
using MeetingBot.Tests.Reminders;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// Two service instances on one shared store (one SQLite file; one PostgreSQL database): the same activity delivered to
/// both — a channel's redelivery that the load balancer sent to the other instance — is handled once. Each instance
/// keeps its own job store, so only the state is shared.
/// </summary>
public sealed class SharedDeduplicationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SameActivity_SentToTwoInstances_IsHandledOnce(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("meetingbot-dedup-").FullName;
        var shared = provider == "Postgres"
            ? new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["Storage:Postgres:ConnectionString"] = TestPostgres.ConnectionString,
                ["Storage:Postgres:TableName"] = $"dedup_{Guid.NewGuid():N}",
            }
            // One SQLite file shared by two processes is not a deployment we ship, so it asks for the shared claim.
            : new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"), ["Bot:DeduplicateAcrossInstances"] = "true" };
        shared["Documents:FileSystem:Path"] = Path.Combine(folder, "documents");
        shared["Documents:Provider"] = "FileSystem";
        await using var first = MeetingBotFactory.WithStorage(new(shared) { ["Reminders:JobStorePath"] = Path.Combine(folder, "first.db") });
        await using var second = MeetingBotFactory.WithStorage(new(shared) { ["Reminders:JobStorePath"] = Path.Combine(folder, "second.db") });
        var message = ActivityJson.Message("帮助").In("zh-CN").ExpectingReplies();

        var replies = await Task.WhenAll(RepliesAsync(first, message), RepliesAsync(second, message));

        Assert.Equal(1, replies.Count(r => r > 0));
        // And a redelivery to the instance that saw it first is still refused (its own memory, then the store).
        Assert.Equal(0, await RepliesAsync(replies[0] > 0 ? first : second, message));
    }

    private static async Task<int> RepliesAsync(MeetingBotFactory factory, System.Text.Json.Nodes.JsonObject message)
    {
        using var client = factory.CreateClient();
        using var response = await client.PostActivityAsync(message.DeepClone().AsObject());
        return (await response.ReadRepliesAsync()).Count;
    }
}
