using System.Text;
using MeetingBot.Coordination.People;
using MeetingBot.People;
using MeetingBot.WeCom.Tests.Fake;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.WeCom.Tests;

/// <summary>
/// The real MeetingBot host in process (Development, Memory storage) serving WeCom against a <see cref="FakeWeCom"/>:
/// callbacks go in through the HTTP pipeline at /api/wecom, what the bot sends arrives at the fake.
/// </summary>
public sealed class WeComHost : WebApplicationFactory<Program>
{
    public const string TeamChat = "wrTeamChat01";

    private readonly CapturedLogs? _logs;

    private WeComHost(FakeWeCom platform, CapturedLogs? logs)
    {
        Platform = platform;
        _logs = logs;
    }

    public FakeWeCom Platform { get; }

    /// <param name="logs">Gets every log line at every level (HttpClient's and the resilience pipeline's included).</param>
    public static async Task<WeComHost> StartAsync(CapturedLogs? logs = null)
    {
        var host = new WeComHost(await FakeWeCom.StartAsync(), logs);
        host.CreateClient().Dispose();
        return host;
    }

    /// <summary>Puts a person in the directory, known on WeCom by <paramref name="weComUserId"/>.</summary>
    public async Task AddPersonAsync(string name, string weComUserId, params OrganisationRole[] roles)
    {
        var person = new DirectoryPerson("p-" + weComUserId, name, "党委", null, null, null, roles, [new ChannelIdentity(IdentityKinds.WeCom, weComUserId)]);
        var added = await Services.GetRequiredService<PeopleDirectoryStore>().UpdateAsync(d => DirectoryChanges.Add(d, by: null, person), CancellationToken.None);
        Assert.True(added.IsSuccess);
    }

    public Task<HttpResponseMessage> SayAsync(string weComUserId, string text, string? chatId = null) =>
        PostAsync(Platform.Callback(Fields(weComUserId, "text", ("Content", text), ("MsgId", NewMsgId()), ("ChatId", chatId))));

    /// <summary>A file sent to the application: the callback names only its media_id; the fake serves it at media/get.</summary>
    public Task<HttpResponseMessage> SendFileAsync(string weComUserId, string fileName, byte[] content)
    {
        var mediaId = "MEDIA" + NewMsgId();
        Platform.SentFiles[mediaId] = (fileName, content);
        return PostAsync(Platform.Callback(Fields(weComUserId, "file", ("MediaId", mediaId), ("FileName", fileName), ("MsgId", NewMsgId()))));
    }

    public Task<HttpResponseMessage> ClickAsync(string weComUserId, string key) =>
        PostAsync(Platform.Callback(Fields(weComUserId, "event", ("Event", "template_card_event"), ("EventKey", key), ("TaskId", "card-" + NewMsgId()), ("CardType", "button_interaction"))));

    public async Task<HttpResponseMessage> PostAsync((string Query, string Body) callback)
    {
        using var client = CreateClient();
        return await client.PostAsync("/api/wecom" + callback.Query, new StringContent(callback.Body, Encoding.UTF8, "text/xml"));
    }

    public static List<KeyValuePair<string, string>> Fields(string from, string type, params (string Name, string? Value)[] more) =>
    [
        new("ToUserName", FakeWeCom.CorpId),
        new("FromUserName", from),
        new("CreateTime", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("MsgType", type),
        new("AgentID", FakeWeCom.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        .. more.Where(m => m.Value is not null).Select(m => new KeyValuePair<string, string>(m.Name, m.Value!)),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Platform.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Dictionary<string, string?> settings = new()
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Storage:Provider"] = "Memory",
            ["Connector:RetryBaseDelay"] = "00:00:00.050",
            ["Channels:WeCom:CorpId"] = FakeWeCom.CorpId,
            ["Channels:WeCom:AgentId"] = FakeWeCom.AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Channels:WeCom:Secret"] = FakeWeCom.Secret,
            ["Channels:WeCom:Token"] = FakeWeCom.Token,
            ["Channels:WeCom:EncodingAesKey"] = FakeWeCom.EncodingAesKey,
            ["Channels:WeCom:ApiBaseUrl"] = Platform.BaseUrl,
            ["Channels:WeCom:TeamChatId"] = TeamChat,
        };
        if (_logs is not null)
        {
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
            settings["Logging:LogLevel:Polly"] = "Trace";
            builder.ConfigureLogging(logging => logging.AddProvider(_logs));
        }

        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings));
    }

    private static string NewMsgId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
