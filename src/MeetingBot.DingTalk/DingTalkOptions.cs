using System.ComponentModel.DataAnnotations;

namespace MeetingBot.DingTalk;

/// <summary>
/// Section <c>Channels:DingTalk</c>: the enterprise internal application whose robot the bot is. Off unless
/// <see cref="Enabled"/>; the secret is never logged.
/// </summary>
public sealed class DingTalkOptions
{
    public const string SectionName = "Channels:DingTalk";
    public const string DefaultApiBaseUrl = "https://api.dingtalk.com";
    public const int DefaultMaxCallbackBytes = 64 * 1024;

    /// <summary>The platform's limit for one robot's messages to one group (documented: 20 a minute).</summary>
    public const int DefaultGroupMessagesPerMinute = 20;

    /// <summary>The platform's default limit of calls per second to one API by one app (documented: 20).</summary>
    public const int DefaultApiCallsPerSecond = 20;

    public bool Enabled { get; set; }

    public DingTalkMode Mode { get; set; } = DingTalkMode.Stream;

    /// <summary>Client ID (the AppKey) of the application, from 凭证与基础信息.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client Secret (the AppSecret): signs HTTP callbacks and buys access tokens. A secret: never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The robot's RobotCode (机器人 → RobotCode); for an application robot it is usually the Client ID.</summary>
    public string? RobotCode { get; set; }

    /// <summary>The open platform's API host (token, robot sends, the Stream gateway). Tests point it at a fake.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>openConversationId of the team's group, for notices to the team when no message came from it yet (optional).</summary>
    public string? TeamConversationId { get; set; }

    /// <summary>The name the bot answers to in groups.</summary>
    public string BotName { get; set; } = "会议助手";

    [Range(1024, 4 * 1024 * 1024)]
    public int MaxCallbackBytes { get; set; } = DefaultMaxCallbackBytes;

    /// <summary>How far a callback's timestamp may be from now (the platform's rule: one hour).</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan CallbackMaxAge { get; set; } = TimeSpan.FromHours(1);

    [Range(1, 1000)]
    public int GroupMessagesPerMinute { get; set; } = DefaultGroupMessagesPerMinute;

    [Range(1, 1000)]
    public int ApiCallsPerSecond { get; set; } = DefaultApiCallsPerSecond;

    /// <summary>First wait before the Stream connection is opened again; it doubles up to <see cref="ReconnectDelayMax"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan ReconnectDelayMax { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The service's address as people's DingTalk clients reach it: a card button opens a page under it
    /// (<c>/dingtalk/actions/…</c>). Unset: <c>Documents:Links:PublicBaseUrl</c>, the address of the download links.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// HMAC-SHA256 key (base64, at least 32 bytes) that signs the card buttons' action links. Unset: a key derived from
    /// the Client Secret (HKDF), so every instance accepts the same links and changing the secret voids old ones.
    /// </summary>
    public string? ActionLinkKey { get; set; }

    /// <summary>How long a card button's link works; the action it runs may have its own, shorter, time limit.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan ActionLinkLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The Stream gateway's open-connection address.</summary>
    public Uri GatewayUri => new(new Uri(ApiBaseUrl.TrimEnd('/') + "/"), "v1.0/gateway/connections/open");
}
