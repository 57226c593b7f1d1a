using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.WeCom.Callback;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.WeCom.Tests.Fake;

/// <summary>
/// A loopback WeCom written from its documentation: gettoken issues tokens (and can expire them: 42001; unknown:
/// 40014), message/send and appchat/send record what was delivered, a person who left is refused with 81013 naming him in invaliduser, the API
/// frequency limit per minute answers 45009, media/upload gives media ids, media/get serves the files people sent; and it signs and encrypts callbacks as
/// the platform does.
/// </summary>
public sealed class FakeWeCom : IAsyncDisposable
{
    public const string CorpId = "ww7f3c1a2b4d5e6f70";
    public const string Secret = "fake-app-secret";
    public const string Token = "QDG6eK";
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const int AgentId = 1000002;

    private readonly ConcurrentDictionary<string, bool> _tokens = new();
    private readonly ConcurrentQueue<DateTimeOffset> _calls = new();
    private readonly WeComCrypto _crypto = new(Token, EncodingAesKey, CorpId);
    private int _issued;
    private LoopbackServer _server = null!;

    public string BaseUrl => _server.BaseUrl;

    /// <summary>Calls of message/send and appchat/send allowed per minute before 45009 (the documented limit is far higher).</summary>
    public int SendsPerMinute { get; set; } = 10_000;

    /// <summary>Files people sent the application, by media_id (what media/get serves).</summary>
    public ConcurrentDictionary<string, (string Name, byte[] Content)> SentFiles { get; } = new();

    public int MediaDownloads { get; private set; }

    /// <summary>UserIDs no longer in the organisation.</summary>
    public ConcurrentDictionary<string, bool> Departed { get; } = new();

    public ConcurrentQueue<Delivered> Deliveries { get; } = new();

    public int TokensIssued => _issued;

    /// <summary>Every access_token handed out so far.</summary>
    public IEnumerable<string> IssuedTokens => _tokens.Keys;

    public int ThrottledAnswers { get; private set; }

    public static async Task<FakeWeCom> StartAsync()
    {
        var fake = new FakeWeCom();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>Every token issued so far expires now (the platform's 7200 seconds passed).</summary>
    public void ExpireTokens()
    {
        foreach (var token in _tokens.Keys)
        {
            _tokens[token] = false;
        }
    }

    public IEnumerable<Delivered> To(string userId) => Deliveries.Where(d => d.ToUser == userId);

    public IEnumerable<Delivered> InChat(string chatId) => Deliveries.Where(d => d.ChatId == chatId);

    /// <summary>The callback WeCom would POST for <paramref name="fields"/>: the query (msg_signature, timestamp, nonce) and the encrypted body.</summary>
    public (string Query, string Body) Callback(IEnumerable<KeyValuePair<string, string>> fields, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        var encrypted = _crypto.Encrypt(WeComXml.Write(fields));
        var body = WeComXml.Write([new("ToUserName", CorpId), new("Encrypt", encrypted), new("AgentID", AgentId.ToString(CultureInfo.InvariantCulture))]);
        return ($"?msg_signature={_crypto.Sign(timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}", body);
    }

    /// <summary>The URL verification GET WeCom sends when the administrator saves the callback URL.</summary>
    public (string Query, string Echo) Verification(string echo)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        const string nonce = "263014780";
        var encrypted = _crypto.Encrypt(echo);
        return ($"?msg_signature={_crypto.Sign(timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}&echostr={Uri.EscapeDataString(encrypted)}", echo);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "";
        if (path == "/cgi-bin/gettoken")
        {
            if (http.Request.Query["corpid"] != CorpId || http.Request.Query["corpsecret"] != Secret)
            {
                await http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = 40001, ["errmsg"] = "invalid credential" });
                return;
            }

            var token = "tok-" + Interlocked.Increment(ref _issued) + "-" + Guid.NewGuid().ToString("N")[..8];
            _tokens[token] = true;
            await http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["access_token"] = token, ["expires_in"] = 7200 });
            return;
        }

        var given = http.Request.Query["access_token"].ToString();
        if (!_tokens.TryGetValue(given, out var valid))
        {
            await Error(http, 40014, "invalid access_token");
            return;
        }

        if (!valid)
        {
            await Error(http, 42001, "access_token expired");
            return;
        }

        if (path == "/cgi-bin/media/upload")
        {
            var form = await http.Request.ReadFormAsync();
            var media = form.Files["media"];
            await http.Response.WriteAsJsonAsync(new JsonObject
            {
                ["errcode"] = 0, ["errmsg"] = "ok", ["type"] = "file", ["media_id"] = "media-" + Guid.NewGuid().ToString("N")[..8] + "-" + media?.FileName, ["created_at"] = "0",
            });
            return;
        }

        if (path == "/cgi-bin/media/get")
        {
            // 获取临时素材: the file with its name in Content-Disposition; an unknown (or three-day-old) media_id is 40007.
            if (!SentFiles.TryGetValue(http.Request.Query["media_id"].ToString(), out var file))
            {
                await Error(http, 40007, "invalid media_id");
                return;
            }

            MediaDownloads++;
            http.Response.ContentType = "application/octet-stream";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{Uri.EscapeDataString(file.Name)}\"";
            await http.Response.Body.WriteAsync(file.Content);
            return;
        }

        if (path is not ("/cgi-bin/message/send" or "/cgi-bin/appchat/send"))
        {
            await Error(http, 60020, "not allow to access from your ip");
            return;
        }

        if (!WithinFrequencyLimit())
        {
            ThrottledAnswers++;
            await Error(http, 45009, "api freq out of limit");
            return;
        }

        var payload = (await JsonNode.ParseAsync(http.Request.Body))!.AsObject();
        var msgId = "msg-" + Guid.NewGuid().ToString("N")[..12];
        if (path == "/cgi-bin/appchat/send")
        {
            Deliveries.Enqueue(new Delivered(null, payload["chatid"]?.ToString(), payload["msgtype"]!.ToString(), payload));
            await http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok" });
            return;
        }

        var to = payload["touser"]?.ToString() ?? "";
        if (payload["agentid"]?.GetValue<int>() != AgentId)
        {
            await Error(http, 301002, "not allow operate another agent with this accesstoken");
            return;
        }

        if (Departed.ContainsKey(to))
        {
            // As the platform answers a send whose every recipient is invalid (全局错误码 81013: the member was deleted
            // or moved out of the app's range), naming him in invaliduser.
            await http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = 81013, ["errmsg"] = "user & party & tag all invalid", ["invaliduser"] = to });
            return;
        }

        Deliveries.Enqueue(new Delivered(to, null, payload["msgtype"]!.ToString(), payload));
        await http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = 0, ["errmsg"] = "ok", ["invaliduser"] = "", ["msgid"] = msgId });
    }

    private bool WithinFrequencyLimit()
    {
        var now = DateTimeOffset.UtcNow;
        lock (_calls)
        {
            while (_calls.TryPeek(out var first) && now - first > TimeSpan.FromMinutes(1))
            {
                _calls.TryDequeue(out _);
            }

            if (_calls.Count >= SendsPerMinute)
            {
                return false;
            }

            _calls.Enqueue(now);
            return true;
        }
    }

    private static Task Error(HttpContext http, int code, string message) =>
        http.Response.WriteAsJsonAsync(new JsonObject { ["errcode"] = code, ["errmsg"] = message });
}
