using MeetingBot.Localization;
using MeetingBot.Chat.Commands;
namespace MeetingBot.Chat.Meetings.Invitations;

public static class InvitationCommands
{
    public static readonly ChatCommand InviteLinks = new("meeting.invite-links", ["邀请链接"], ["invite links"], InvitationTexts.InviteLinksCommand, ArgumentShape.None);

    public static readonly ChatCommand Revoke = new("meeting.revoke-invite", ["撤销邀请"], ["revoke invite"], InvitationTexts.RevokeCommand, ArgumentShape.Name(new LocalText("张伟", "Zhang Wei")));

    /// <summary>The argument that revokes every link of the meeting.</summary>
    public static readonly IReadOnlyList<string> Everyone = ["全部", "all"];
}
