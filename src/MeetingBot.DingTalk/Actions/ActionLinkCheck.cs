namespace MeetingBot.DingTalk.Actions;

/// <summary>What a presented action link turned out to be.</summary>
public enum ActionLinkCheck
{
    Valid,

    /// <summary>Not a token, or its signature does not match what it says (changed, or signed by another key).</summary>
    Tampered,

    Expired,

    /// <summary>Pressed before: a link runs its action once.</summary>
    Used,

    /// <summary>The confirmation form came back without the nonce the page gave it (not posted from the page).</summary>
    Forged,
}
