namespace MeetingBot.WebChannel;

/// <summary>
/// An invitation link's state, and for a link that no longer works the people who can give a new one (the meeting's
/// secretaries, or whoever issued it): names only, nothing else about the meeting.
/// </summary>
public sealed record InvitationLinkStanding(InvitationLinkState State, DateTimeOffset? EndedAt, IReadOnlyList<string> WhomToAsk)
{
    public static readonly InvitationLinkStanding Active = new(InvitationLinkState.Active, null, []);

    public static readonly InvitationLinkStanding Invalid = new(InvitationLinkState.Invalid, null, []);
}
