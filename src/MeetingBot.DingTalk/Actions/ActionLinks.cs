using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// Signs and reads the links behind ActionCard buttons. A robot's ActionCard button can only open a URL (机器人发送消息的
/// 类型, https://open.dingtalk.com/document/orgapp/types-of-messages-sent-by-robots — sampleActionCard2…5: actionTitleN,
/// actionURLN), never post back to the robot, so a button that should run a card action opens a page this service
/// serves, in the DingTalk client: <c>dingtalk://dingtalkclient/page/link?url=…&amp;pc_slide=true</c> (单聊相关跳转协议,
/// https://developers.dingtalk.com/document/orgapp/private-chat-related-jump-protocol: url urlencoded; pc_slide=true
/// opens it in the PC client's side panel, the phone opens it full screen). The token is base64url(JSON) "." base64url
/// (HMAC-SHA256), so nothing needs storing until the button is pressed.
/// </summary>
public sealed class ActionLinks(IOptions<DingTalkOptions> options, TimeProvider time)
{
    public const string PathPrefix = "/dingtalk/actions/";
    public const int MinimumKeyBytes = 32;
    private const string FormPurpose = "form:";

    private readonly Lazy<byte[]> _key = new(() => KeyOf(options.Value));

    /// <summary>The button's URL: the page for this action, opened inside the DingTalk client.</summary>
    public string ButtonUrl(string staffId, string conversationId, JsonElement value, string button, string card) =>
        "dingtalk://dingtalkclient/page/link?url=" + Uri.EscapeDataString(PageUrl(staffId, conversationId, value, button, card)) + "&pc_slide=true";

    /// <summary>The page's own address (what the client opens).</summary>
    public string PageUrl(string staffId, string conversationId, JsonElement value, string button, string card)
    {
        var link = new ActionLink(staffId, conversationId, value, button, card,
            (time.GetUtcNow() + options.Value.ActionLinkLifetime).ToUnixTimeSeconds(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        return BaseUrl.TrimEnd('/') + PathPrefix + Sign(link);
    }

    public string Sign(ActionLink link)
    {
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(link, DingTalkJson.Options));
        return body + "." + Base64Url(HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(body)));
    }

    /// <summary>The link a token stands for, when its signature holds and it has not expired.</summary>
    public (ActionLinkCheck Check, ActionLink? Link) Read(string? token)
    {
        var parts = (token ?? string.Empty).Split('.');
        if (parts.Length != 2 || FromBase64Url(parts[1]) is not { } given
            || !CryptographicOperations.FixedTimeEquals(given, HMACSHA256.HashData(_key.Value, Encoding.ASCII.GetBytes(parts[0]))))
        {
            return (ActionLinkCheck.Tampered, null);
        }

        ActionLink? link;
        try
        {
            link = FromBase64Url(parts[0]) is { } json ? JsonSerializer.Deserialize<ActionLink>(json, DingTalkJson.Options) : null;
        }
        catch (JsonException)
        {
            link = null;
        }

        if (link is null || string.IsNullOrEmpty(link.StaffId) || string.IsNullOrEmpty(link.Nonce))
        {
            return (ActionLinkCheck.Tampered, null);
        }

        return time.GetUtcNow() >= link.Expires ? (ActionLinkCheck.Expired, link) : (ActionLinkCheck.Valid, link);
    }

    /// <summary>The hidden field of the confirmation form: proves the POST comes from the page this link showed.</summary>
    public string FormNonce(ActionLink link) =>
        Base64Url(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(FormPurpose + link.Nonce)));

    public bool IsFormNonce(ActionLink link, string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(FormNonce(link)), Encoding.ASCII.GetBytes(given));

    /// <summary>A configured key's bytes; null when it is not base64 of at least <see cref="MinimumKeyBytes"/>.</summary>
    public static byte[]? KeyBytes(string? configured)
    {
        try
        {
            return configured is { Length: > 0 } && Convert.FromBase64String(configured) is { Length: >= MinimumKeyBytes } bytes ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private string BaseUrl => options.Value.PublicBaseUrl is { Length: > 0 } site ? site : "http://localhost:3978";

    private static byte[] KeyOf(DingTalkOptions settings) =>
        KeyBytes(settings.ActionLinkKey)
        ?? HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(settings.ClientSecret ?? string.Empty), MinimumKeyBytes,
            info: Encoding.ASCII.GetBytes("MeetingBot DingTalk action links"));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        try
        {
            return Convert.FromBase64String(padded);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
