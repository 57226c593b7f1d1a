using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.BotFramework.Signing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.DingTalk.Actions;

/// <summary>
/// Signs and reads the links behind ActionCard buttons. A robot's ActionCard button can only open a URL (机器人发送消息的
/// 类型, https://open.dingtalk.com/document/orgapp/types-of-messages-sent-by-robots — sampleActionCard2…5: actionTitleN,
/// actionURLN), never post back to the robot, so a button that should run a card action opens a page this service
/// serves, in the DingTalk client: <c>dingtalk://dingtalkclient/page/link?url=…&amp;pc_slide=true</c> (单聊相关跳转协议,
/// https://developers.dingtalk.com/document/orgapp/private-chat-related-jump-protocol: url urlencoded; pc_slide=true
/// opens it in the PC client's side panel, the phone opens it full screen). The token is the service's one signing
/// scheme (<see cref="SignedTokens"/>, purpose <see cref="Purpose"/>) carrying the <see cref="ActionLink"/>, so nothing
/// needs storing until the button is pressed; the page's form nonce is one too, under its own purpose.
/// </summary>
public sealed class ActionLinks(IOptions<DingTalkOptions> options, TimeProvider time)
{
    public const string PathPrefix = "/dingtalk/actions/";
    public const int MinimumKeyBytes = 32;
    public const string Purpose = "meetingbot/dingtalk-action";
    private const string FormPurpose = "meetingbot/dingtalk-action-form";
    private const string LinkClaim = "link";

    private readonly Lazy<SignedTokens> _tokens = new(() => new SignedTokens(new SymmetricSecurityKey(KeyOf(options.Value)) { KeyId = "dingtalk-action-links" }));

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

    public string Sign(ActionLink link) =>
        _tokens.Value.Issue(Purpose, new Dictionary<string, object> { [LinkClaim] = JsonSerializer.Serialize(link, DingTalkJson.Options) },
            time.GetUtcNow(), link.Expires);

    /// <summary>The link a token stands for, when its signature holds and it has not expired.</summary>
    public async Task<(ActionLinkCheck Check, ActionLink? Link)> ReadAsync(string? token)
    {
        var now = time.GetUtcNow();
        ActionLink? link = null;
        if (await _tokens.Value.ReadAsync(token, Purpose, now) is { } jwt && jwt.TryGetPayloadValue<string>(LinkClaim, out var json))
        {
            try
            {
                link = JsonSerializer.Deserialize<ActionLink>(json, DingTalkJson.Options);
            }
            catch (JsonException)
            {
                link = null;
            }
        }

        if (link is null || string.IsNullOrEmpty(link.StaffId) || string.IsNullOrEmpty(link.Nonce))
        {
            return (ActionLinkCheck.Tampered, null);
        }

        return now >= link.Expires ? (ActionLinkCheck.Expired, link) : (ActionLinkCheck.Valid, link);
    }

    /// <summary>The hidden field of the confirmation form: proves the POST comes from the page this link showed.</summary>
    public string FormNonce(ActionLink link) =>
        _tokens.Value.Issue(FormPurpose, new Dictionary<string, object> { [JwtRegisteredClaimNames.Jti] = link.Nonce }, time.GetUtcNow(), link.Expires);

    public async Task<bool> IsFormNonceAsync(ActionLink link, string? given) =>
        await _tokens.Value.ReadAsync(given, FormPurpose, time.GetUtcNow()) is { } jwt && jwt.Id == link.Nonce;

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
}
