namespace MeetingBot.WeCom;

/// <summary>
/// Section <c>Channels:WeCom</c>: the self-built application (自建应用) in the WeCom admin console. Present only where
/// the service serves WeCom; <see cref="Secret"/>, <see cref="Token"/> and <see cref="EncodingAesKey"/> are secrets
/// (user secrets or environment variables, never appsettings.json in a repository) and are never logged.
/// </summary>
public sealed class WeComOptions
{
    public const string SectionName = "Channels:WeCom";
    public const string DefaultApiBaseUrl = "https://qyapi.weixin.qq.com";
    public const string DefaultCallbackPath = "/api/wecom";

    /// <summary>The platform's limit for a file (文件不可超过20M); a file a person sends is read no further.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>Five minutes either side: WeCom's own clock and ours may differ a little, a replay from yesterday may not.</summary>
    public static readonly TimeSpan DefaultReplayWindow = TimeSpan.FromMinutes(5);

    /// <summary>企业ID (我的企业 → 企业信息); also the ReceiveId every callback must carry.</summary>
    public string CorpId { get; set; } = "";

    /// <summary>The application's AgentId (应用管理 → the application).</summary>
    public int AgentId { get; set; }

    /// <summary>The application's Secret, for access tokens.</summary>
    public string Secret { get; set; } = "";

    /// <summary>接收消息 → API接收 → Token.</summary>
    public string Token { get; set; } = "";

    /// <summary>接收消息 → API接收 → EncodingAESKey (43 characters).</summary>
    public string EncodingAesKey { get; set; } = "";

    /// <summary>The API host; tests point it at the loopback fake, government editions at their own host.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The application group chat (应用群聊) that is the team conversation; empty when there is none yet.</summary>
    public string TeamChatId { get; set; } = "";

    /// <summary>Where WeCom calls back (the URL entered under 接收消息 is the public address of this path).</summary>
    public string CallbackPath { get; set; } = DefaultCallbackPath;

    /// <summary>How far a callback's timestamp may be from now before it is treated as a replay.</summary>
    public TimeSpan ReplayWindow { get; set; } = DefaultReplayWindow;

    /// <summary>A callback body larger than this is refused unread (WeCom's messages are a few kilobytes).</summary>
    public int MaxCallbackBytes { get; set; } = 64 * 1024;
}
