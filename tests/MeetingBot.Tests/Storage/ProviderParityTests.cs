using MeetingBot.Chat.Language;
using MeetingBot.Tests.Hosting;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// State and dialogs behave the same on every storage provider: a flow is started, the service restarts, the flow
/// finishes, and what it saved is there afterwards. Memory has no restart to survive, so it finishes in one life.
/// </summary>
public sealed class ProviderParityTests
{
    private const string AzuriteVariable = "AZURITE_BLOB_CONNECTION_STRING";

    public static TheoryData<string> Providers => new() { "Sqlite", "AzureBlob", "Postgres", "Memory" };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DialogStartedBeforeARestart_FinishesAfterIt_AndItsResultIsKept(string provider)
    {
        var settings = StorageSettings(provider);
        var conversation = "{\"id\":\"parity-" + Guid.NewGuid().ToString("N") + "\"}";
        var user = "{\"id\":\"parity-user-" + Guid.NewGuid().ToString("N") + "\"}";

        var first = MeetingBotFactory.WithStorage(settings);
        Assert.Contains(LanguageTexts.Ask.ZhCn, (await SayAsync(first, "语言", conversation, user))[0], StringComparison.Ordinal);
        if (provider != "Memory")
        {
            await first.DisposeAsync();
            first = MeetingBotFactory.WithStorage(settings);
        }

        await using var second = first;
        Assert.Equal([LanguageTexts.Switched.En], await SayAsync(second, "English", conversation, user));
        Assert.Contains("\"help\"", (await SayAsync(second, "xyzzy", conversation, user))[0], StringComparison.Ordinal);
    }

    private static async Task<List<string>> SayAsync(MeetingBotFactory factory, string text, string conversation, string user)
    {
        using var client = factory.CreateClient();
        var message = ActivityJson.Message(text).In("zh-CN").ExpectingReplies().With("conversation", conversation).With("from", user);
        using var response = await client.PostActivityAsync(message);
        return (await response.ReadRepliesAsync()).Select(r => r?["text"]?.GetValue<string>() ?? string.Empty).ToList();
    }

    private static Dictionary<string, string?> StorageSettings(string provider) => provider switch
    {
        "Sqlite" => SqliteIn(Directory.CreateTempSubdirectory("meetingbot-parity-").FullName),
        "AzureBlob" => new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = Environment.GetEnvironmentVariable(AzuriteVariable) is { Length: > 0 } azurite
                ? azurite
                : throw new InvalidOperationException($"{AzuriteVariable} is not set: run `bash scripts/test.sh`, which starts Azurite."),
            ["Storage:AzureBlob:ContainerName"] = $"parity-{Guid.NewGuid():N}",
            ["Reminders:JobStorePath"] = Path.Combine(Directory.CreateTempSubdirectory("meetingbot-parity-").FullName, "reminders.db"),
        },
        "Postgres" => new()
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:Postgres:ConnectionString"] = Reminders.TestPostgres.ConnectionString,
            ["Storage:Postgres:TableName"] = $"parity_{Guid.NewGuid():N}",
            ["Documents:Postgres:TableName"] = $"parity_files_{Guid.NewGuid():N}",
            ["Reminders:JobStorePath"] = Path.Combine(Directory.CreateTempSubdirectory("meetingbot-parity-").FullName, "reminders.db"),
        },
        _ => new() { ["Storage:Provider"] = "Memory" },
    };

    private static Dictionary<string, string?> SqliteIn(string folder) => new()
    {
        ["Storage:Provider"] = "Sqlite",
        ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
        ["Reminders:JobStorePath"] = Path.Combine(folder, "reminders.db"),
    };
}
