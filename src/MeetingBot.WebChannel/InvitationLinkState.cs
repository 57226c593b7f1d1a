namespace MeetingBot.WebChannel;

/// <summary>What an invitation link in the address bar is worth now.</summary>
public enum InvitationLinkState
{
    Active,
    Expired,
    Revoked,

    /// <summary>Not ours, cut short when copied, or altered: nothing is known about it.</summary>
    Invalid,
}
