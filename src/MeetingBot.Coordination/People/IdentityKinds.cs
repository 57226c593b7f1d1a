namespace MeetingBot.Coordination.People;

/// <summary>
/// Where a <see cref="ChannelIdentity"/> comes from. Each kind is matched only against what that channel's
/// authentication vouches for, never against text a user typed.
/// </summary>
public static class IdentityKinds
{
    /// <summary>Microsoft Teams: the Entra (AAD) object id in <c>from.aadObjectId</c> of an authenticated activity.</summary>
    public const string TeamsAadObjectId = "teams-aad";

    /// <summary>The service's own web chat: the user id its Direct Line tokens carry.</summary>
    public const string WebChat = "webchat";

    /// <summary>An OpenID Connect provider: the value of the configured claim (<c>sub</c> by default).</summary>
    public const string SignIn = "oidc";

    /// <summary>The Bot Framework Emulator's user id; believed only in Development (the demo and local trials).</summary>
    public const string Emulator = "emulator";

    /// <summary>WeCom (企业微信): the member's UserID, which the admin console calls 帐号; the callback's FromUserName.</summary>
    public const string WeCom = "wecom";

    /// <summary>DingTalk (钉钉): the member's userId (staffId) in the organisation; the robot message's senderStaffId.</summary>
    public const string DingTalk = "dingtalk";

    /// <summary>
    /// DingTalk's unionId, the same person across the organisation's apps. Kept when a contact export or an
    /// administrator gives it (the newer APIs and sign-in name people by it); the robot matches by userId.
    /// </summary>
    public const string DingTalkUnionId = "dingtalk-union";
}
