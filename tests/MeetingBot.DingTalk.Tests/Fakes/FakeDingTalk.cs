using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.DingTalk.Tests.Fakes;

/// <summary>
/// A loopback DingTalk open platform, written from its documentation: access tokens from appKey + appSecret (expired
/// ones refused with <c>InvalidAuthentication</c>), the robot's 1:1 and group sends (recorded; the app's calls per
/// second and the robot's messages per minute to a group enforced with the documented refusals), and the Stream
/// gateway: an endpoint and one-time ticket, then a WebSocket over which it pushes frames and collects the ACKs.
/// </summary>
public sealed class FakeDingTalk : IAsyncDisposable
{
    public const string ClientId = "dingfakeclientid";
    public const string ClientSecret = "fake-client-secret-不要泄露";
    public const string RobotCode = "dingfakeclientid";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _tokens = new();
    private readonly ConcurrentDictionary<string, bool> _tickets = new();
    private readonly ConcurrentQueue<string> _ticketsIssued = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _acks = new();
    private readonly ConcurrentQueue<DateTimeOffset> _apiCalls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DateTimeOffset>> _groupCalls = new();
    private readonly object _rateLock = new();
    private WebSocket? _socket;
    private TaskCompletionSource<WebSocket> _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    private FakeDingTalk(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    public int ApiCallsPerSecond { get; set; } = 20;

    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>UserIds the platform no longer knows (left the organisation): the 1:1 send lists them as invalid.</summary>
    public ConcurrentDictionary<string, bool> LeftUsers { get; } = new();

    public ConcurrentQueue<Delivered> Deliveries { get; } = new();

    private int _tokensIssued;
    private int _refusals;
    private int _connections;

    public int TokensIssued => _tokensIssued;

    /// <summary>Every access token and Stream ticket handed out so far: credentials no log may show.</summary>
    public IEnumerable<string> IssuedCredentials => [.. _tokens.Keys, .. _ticketsIssued];

    /// <summary>Sends refused for a rate limit.</summary>
    public int Refusals => _refusals;

    public int Connections => _connections;

    public static async Task<FakeDingTalk> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDingTalk(app);
        app.UseWebSockets();
        app.MapPost("/v1.0/oauth2/accessToken", fake.TokenAsync);
        app.MapPost("/v1.0/robot/oToMessages/batchSend", context => fake.SendAsync(context, group: false));
        app.MapPost("/v1.0/robot/groupMessages/send", context => fake.SendAsync(context, group: true));
        app.MapPost("/v1.0/gateway/connections/open", fake.OpenAsync);
        app.Map("/connect", fake.ConnectAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>Every token issued so far stops working (as after its two hours).</summary>
    public void ExpireTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = DateTimeOffset.MinValue;
        }
    }

    public Task WaitConnectedAsync() => _connected.Task.WaitAsync(TimeSpan.FromSeconds(30));

    /// <summary>Pushes a CALLBACK frame with <paramref name="data"/> on <paramref name="topic"/>; completes with the bot's ACK.</summary>
    public async Task<JsonObject> PushAsync(string type, string topic, string data)
    {
        var messageId = Guid.NewGuid().ToString("N");
        var ack = _acks.GetOrAdd(messageId, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));
        var frame = new JsonObject
        {
            ["specVersion"] = "1.0",
            ["type"] = type,
            ["headers"] = new JsonObject
            {
                ["appId"] = ClientId, ["connectionId"] = "c1", ["contentType"] = "application/json", ["messageId"] = messageId,
                ["time"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), ["topic"] = topic,
            },
            ["data"] = data,
        };
        await PushRawAsync(frame.ToJsonString());
        return await ack.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Pushes any text over the connection (a malformed frame, for instance).</summary>
    public async Task PushRawAsync(string text)
    {
        var socket = await _connected.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await _sendGate.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    /// <summary>Drops the connection without a word, as a network failure does; the bot must open a new one.</summary>
    public void DropConnection()
    {
        _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        _socket?.Abort();
    }

    /// <summary>What a person in DingTalk typed, as the robot callback's body carries it.</summary>
    public static string Message(string staffId, string nick, string text, string? group = null, params string[] mentioned)
    {
        var body = new JsonObject
        {
            ["msgId"] = "msg" + Guid.NewGuid().ToString("N"),
            ["msgtype"] = "text",
            ["text"] = new JsonObject { ["content"] = " " + text },
            ["conversationType"] = group is null ? "1" : "2",
            ["conversationId"] = group ?? "cid-p2p-" + staffId,
            ["senderStaffId"] = staffId,
            ["senderNick"] = nick,
            ["senderId"] = "$:LWCP_v1:$" + staffId,
            ["chatbotUserId"] = "$:LWCP_v1:$robot",
            ["robotCode"] = RobotCode,
            ["createAt"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["isInAtList"] = true,
        };
        if (group is not null)
        {
            var at = new JsonArray { new JsonObject { ["dingtalkId"] = "$:LWCP_v1:$robot" } };
            foreach (var id in mentioned)
            {
                at.Add(new JsonObject { ["dingtalkId"] = "$:LWCP_v1:$" + id, ["staffId"] = id });
            }

            body["atUsers"] = at;
            body["conversationTitle"] = "党委班子群";
        }

        return body.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        _socket?.Abort();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _sendGate.Dispose();
    }

    private async Task TokenAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body?["appKey"]?.GetValue<string>() != ClientId || body?["appSecret"]?.GetValue<string>() != ClientSecret)
        {
            await RefuseAsync(context, 400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret");
            return;
        }

        var token = "tok" + Guid.NewGuid().ToString("N");
        _tokens[token] = DateTimeOffset.UtcNow + TokenLifetime;
        Interlocked.Increment(ref _tokensIssued);
        await context.Response.WriteAsJsonAsync(new { accessToken = token, expireIn = (long)TokenLifetime.TotalSeconds });
    }

    private async Task SendAsync(HttpContext context, bool group)
    {
        var token = context.Request.Headers["x-acs-dingtalk-access-token"].ToString();
        if (!_tokens.TryGetValue(token, out var expires) || expires < DateTimeOffset.UtcNow)
        {
            await RefuseAsync(context, 401, "InvalidAuthentication", "不合法的access_token");
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var key = body["msgKey"]!.GetValue<string>();
        var param = body["msgParam"]!.GetValue<string>();
        if (ActionCardProblem(key, param) is { } problem)
        {
            await RefuseAsync(context, 400, "invalidParameter", problem);
            return;
        }
        var now = DateTimeOffset.UtcNow;
        lock (_rateLock)
        {
            Trim(_apiCalls, now, TimeSpan.FromSeconds(1));
            if (_apiCalls.Count >= ApiCallsPerSecond)
            {
                Interlocked.Increment(ref _refusals);
                context.Response.StatusCode = 403;
            }
            else if (group)
            {
                var calls = _groupCalls.GetOrAdd(body["openConversationId"]!.GetValue<string>(), _ => new());
                Trim(calls, now, TimeSpan.FromMinutes(1));
                if (calls.Count >= GroupMessagesPerMinute)
                {
                    Interlocked.Increment(ref _refusals);
                    context.Response.StatusCode = 429;
                }
                else
                {
                    calls.Enqueue(now);
                }
            }

            if (context.Response.StatusCode == 200)
            {
                _apiCalls.Enqueue(now);
            }
        }

        if (context.Response.StatusCode == 403)
        {
            // This app's calls per second over the limit: the platform's code for it (not the global QpsLimitForApi).
            await RefuseAsync(context, 403, "Forbidden.AccessDenied.QpsLimitForAppkeyAndApi", "调用该接口触发限流");
            return;
        }

        if (context.Response.StatusCode == 429)
        {
            await RefuseAsync(context, 403, "Forbidden.AccessDenied.RobotGroupMessageFlowControl", "机器人发送群消息超过每分钟限制");
            return;
        }

        if (group)
        {
            Deliveries.Enqueue(new Delivered(null, body["openConversationId"]!.GetValue<string>(), key, param));
            await context.Response.WriteAsJsonAsync(new { processQueryKey = Guid.NewGuid().ToString("N") });
            return;
        }

        var users = body["userIds"]!.AsArray().Select(u => u!.GetValue<string>()).ToList();
        var invalid = users.Where(u => LeftUsers.ContainsKey(u)).ToList();
        foreach (var user in users.Except(invalid))
        {
            Deliveries.Enqueue(new Delivered(user, null, key, param));
        }

        await context.Response.WriteAsJsonAsync(new { processQueryKey = Guid.NewGuid().ToString("N"), invalidStaffIdList = invalid, flowControlledStaffIdList = Array.Empty<string>() });
    }

    private async Task OpenAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body);
        if (body?["clientId"]?.GetValue<string>() != ClientId || body?["clientSecret"]?.GetValue<string>() != ClientSecret)
        {
            await RefuseAsync(context, 401, "InvalidAuthentication", "clientId or clientSecret is wrong");
            return;
        }

        var ticket = Guid.NewGuid().ToString("N");
        _tickets[ticket] = true;
        _ticketsIssued.Enqueue(ticket);
        await context.Response.WriteAsJsonAsync(new { endpoint = BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/connect", ticket });
    }

    private async Task ConnectAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || !_tickets.TryRemove(context.Request.Query["ticket"].ToString(), out _))
        {
            context.Response.StatusCode = 403;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        _socket = socket;
        Interlocked.Increment(ref _connections);
        _connected.TrySetResult(socket);
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                var ack = JsonNode.Parse(message.ToArray())!.AsObject();
                var id = ack["headers"]?["messageId"]?.GetValue<string>();
                if (id is not null)
                {
                    _acks.GetOrAdd(id, _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(ack);
                }
            }
        }
        catch (WebSocketException)
        {
            // Dropped on purpose (DropConnection) or by the bot.
        }
    }

    /// <summary>
    /// An action card as the robot message types document it: a title and a markdown text, then either one button
    /// (sampleActionCard: singleTitle, singleURL) or N of 2–5 (sampleActionCardN: actionTitle1…N, actionURL1…N).
    /// </summary>
    private static string? ActionCardProblem(string key, string param)
    {
        if (!key.StartsWith("sampleActionCard", StringComparison.Ordinal))
        {
            return null;
        }

        var card = JsonNode.Parse(param)!.AsObject();
        if (string.IsNullOrEmpty(card["title"]?.GetValue<string>()) || string.IsNullOrEmpty(card["text"]?.GetValue<string>()))
        {
            return "title and text are required";
        }

        if (key == "sampleActionCard")
        {
            return card["singleTitle"] is null || card["singleURL"] is null ? "singleTitle and singleURL are required" : null;
        }

        if (!int.TryParse(key["sampleActionCard".Length..], out var count) || count is < 2 or > 5)
        {
            return "unknown msgKey " + key;
        }

        return Enumerable.Range(1, count).All(i => card[$"actionTitle{i}"] is not null && card[$"actionURL{i}"] is not null)
            ? null
            : $"actionTitle1…{count} and actionURL1…{count} are required";
    }

    private static void Trim(ConcurrentQueue<DateTimeOffset> calls, DateTimeOffset now, TimeSpan window)
    {
        while (calls.TryPeek(out var oldest) && now - oldest >= window)
        {
            calls.TryDequeue(out _);
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { code, message, requestid = Guid.NewGuid().ToString("N") });
    }
}
