using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Invitations;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Invitations;

/// <summary>
/// A member added to a web chat meeting gets his invitation at once, as everyone did at set-up: the link goes to the
/// secretary in 1:1 only (it is the person's credential); asked in a group, she is told where to get it. The one place
/// <c>添加成员</c> calls <see cref="InvitationIssuer"/>, so a change of its signature is made here alone.
/// </summary>
public sealed class NewMemberInvitation(InvitationIssuer issuer)
{
    public async Task IssueAsync(CommandTurn turn, Meeting meeting, Participant participant, CancellationToken cancellationToken)
    {
        if (MeetingTurn.ChannelOf(meeting) != Channels.DirectLine)
        {
            return;
        }

        var context = turn.Context;
        var issued = await issuer.IssueAsync(meeting.Id, participant.UserId, participant.Name, MeetingTurn.ActorOf(context).UserId, cancellationToken);
        await context.SendActivityAsync(PersonalConversations.IsPersonal(context.Activity.Conversation)
            ? InvitationTexts.NewMemberLink.In(turn.Locale, participant.Name, issued.Link, MeetingText.Local(issued.Invitation.ExpiresAt, meeting))
            : InvitationTexts.NewMemberLinkPrivately.In(turn.Locale, participant.Name), cancellationToken);
    }
}
