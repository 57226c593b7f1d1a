namespace MeetingBot.WebChannel;

/// <summary>An invitation just made, with the link to hand to its person.</summary>
public sealed record IssuedInvitation(Invitation Invitation, string Link);
