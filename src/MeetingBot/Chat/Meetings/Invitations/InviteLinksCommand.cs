using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Invitations;
using MeetingBot.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Invitations;

/// <summary>
/// 邀请链接 / invite links: the secretary gets one personal link per participant, in 1:1 chat only (a link is its
/// person's credential). Only for meetings set up in the web chat, whose participants are web chat users.
/// </summary>
public sealed class InviteLinksCommand(MeetingUpdates updates, InvitationIssuer issuer) : IChatCommandHandler
{
    public ChatCommand Command => InvitationCommands.InviteLinks;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await updates.ScopeAsync(context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var meeting = scope.Meeting;
        if (MeetingTurn.ChannelOf(meeting) != Channels.DirectLine)
        {
            await context.SendActivityAsync(InvitationTexts.NotWebMeeting.In(turn.Locale), cancellationToken);
            return;
        }

        if (!PersonalConversations.IsPersonal(context.Activity.Conversation))
        {
            await context.SendActivityAsync(InvitationTexts.PersonalOnly.In(turn.Locale), cancellationToken);
            return;
        }

        var lines = new List<string>();
        DateTimeOffset? expires = null;
        foreach (var participant in meeting.Participants)
        {
            var issued = await issuer.IssueAsync(meeting.Id, participant.UserId, participant.Name, scope.Actor.UserId, cancellationToken);
            expires = issued.Invitation.ExpiresAt;
            lines.Add(InvitationTexts.LinkLine.In(turn.Locale, participant.Name, issued.Link));
        }

        var text = new StringBuilder()
            .AppendLine(InvitationTexts.LinksHeading.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), expires is { } e ? MeetingText.Local(e, meeting) : "-"))
            .AppendLine();
        foreach (var line in lines)
        {
            text.AppendLine(line).AppendLine();
        }

        text.Append(InvitationTexts.TeamHint.In(turn.Locale));
        await context.SendActivityAsync(text.ToString(), cancellationToken);
    }
}
