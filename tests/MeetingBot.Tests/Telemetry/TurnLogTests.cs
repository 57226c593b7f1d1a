using System.Text.Json.Nodes;
using MeetingBot.Tests.Chat.Meetings;
using MeetingBot.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MeetingBot.Tests.Telemetry;

/// <summary>
/// What the service logs at its default level (Information, from appsettings.json): ids and outcomes, never what
/// people wrote and never a credential.
/// </summary>
public sealed class TurnLogTests : IDisposable
{
    private const string Secret = "hunter2-Pa55w0rd-7c41e9";

    private readonly MeetingBotFactory _host = new();
    private readonly WebApplicationFactory<Program> _logged;

    public TurnLogTests() =>
        _logged = _host.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddFakeLogging()));

    [Fact]
    public async Task MessagesCardValuesAndDialogAnswers_CarryingASecret_NeverReachTheLogs()
    {
        using var client = _logged.CreateClient();
        var bed = new MeetingTestBed(_host);
        await bed.CreateAsync();
        await People.TestDirectory.TeamsOrganiserAsync(_host.Services, bed.Secretary.UserId, bed.Secretary.Name);

        await bed.SayAsync(client, bed.Li, $"我的密码是 {Secret}");
        await bed.SayAsync(client, bed.Li, $"@MeetingBot {Secret}", inGroup: true);
        await bed.SayAsync(client, bed.Li, null, value: new JsonObject { ["command"] = Secret, ["password"] = Secret });
        await bed.SayAsync(client, bed.Secretary, "新建会议");
        await bed.SayAsync(client, bed.Secretary, Secret);
        await bed.SayAsync(client, bed.Li, "提交 学习");
        await bed.SayAsync(client, bed.Li, Secret);
        using var invoke = await client.PostActivityAsync(ActivityJson.Invoke("adaptiveCard/action", JsonNode.Parse($"{{\"action\":{{\"type\":\"Action.Execute\",\"data\":{{\"secret\":\"{Secret}\"}}}}}}")));

        var records = Logged(_logged);
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => Mentions(r, Secret));
    }

    [Fact]
    public async Task AppPasswordAndBearerToken_NeverReachTheLogs_WhenARequestIsRefused()
    {
        const string token = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJzZWNyZXQtdG9rZW4tOWYyYiJ9.c2lnbmF0dXJlLTlmMmI";
        using var host = MeetingBotFactory.In("Production", new()
        {
            ["MicrosoftAppId"] = MeetingBotFactory.AppId,
            ["MicrosoftAppPassword"] = Secret,
        });
        using var logged = host.WithWebHostBuilder(b => b.ConfigureLogging(logging => logging.AddFakeLogging()));
        using var client = logged.CreateClient();

        using var response = await client.PostActivityAsync(ActivityJson.Message("help"), token);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        var records = Logged(logged);
        Assert.Contains(records, r => r.Message.StartsWith("Rejected an activity", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => Mentions(r, Secret) || Mentions(r, token) || Mentions(r, "secret-token-9f2b"));
    }

    [Fact]
    public async Task TurnLogLines_CarryTheActivityAndConversationIds()
    {
        using var client = _logged.CreateClient();
        var activity = ActivityJson.Message("help").ExpectingReplies();

        using var first = await client.PostActivityAsync(activity);
        using var redelivered = await client.PostActivityAsync(activity);

        var line = Assert.Single(Logged(_logged), r => r.Message == "Ignored a redelivered activity");
        var scope = Assert.Single(line.Scopes.OfType<IEnumerable<KeyValuePair<string, object?>>>(), s => s.Any(p => p.Key == "ConversationId"))
            .ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(activity.ConversationId(), scope["ConversationId"]);
        Assert.Equal(activity["id"]!.GetValue<string>(), scope["ActivityId"]);
        Assert.Equal(ActivityJson.ChannelId, scope["ChannelId"]);
    }

    private static IReadOnlyList<FakeLogRecord> Logged(WebApplicationFactory<Program> host) =>
        [.. host.Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Level >= LogLevel.Information)];

    /// <summary>The rendered line, every structured value, every scope value and the exception.</summary>
    private static bool Mentions(FakeLogRecord record, string text) =>
        record.Message.Contains(text, StringComparison.Ordinal)
        || record.StructuredState?.Any(p => p.Value?.Contains(text, StringComparison.Ordinal) == true) == true
        || record.Scopes.Any(scope => ScopeText(scope).Contains(text, StringComparison.Ordinal))
        || record.Exception?.ToString().Contains(text, StringComparison.Ordinal) == true;

    private static string ScopeText(object? scope) => scope is IEnumerable<KeyValuePair<string, object?>> pairs
        ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}"))
        : scope?.ToString() ?? string.Empty;

    public void Dispose()
    {
        _logged.Dispose();
        _host.Dispose();
    }
}
