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

    public const string WeCom = "wecom";

    public const string DingTalk = "dingtalk";
}
