using System.Text;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.WebChannel;

namespace MeetingBot.Chat.Meetings.Invitations;

/// <summary>
/// 邀请链接 / invite links: the secretary gets one personal link per participant, in 1:1 chat only (a link is its
/// person's credential). Only for meetings set up in the web chat, whose participants are web chat users; each link
/// is bound to the participant's directory entry (someone not in the directory gets none, with the reason).
/// </summary>
public sealed class InviteLinksCommand(MeetingUpdates updates, InvitationIssuer links, PeopleDirectoryStore people, MeetingRepository repository) : IChatCommandHandler
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

        // The secretary acts as the directory person the channel vouched for; the domain decides each link.
        var directory = await people.GetAsync(cancellationToken);
        if (DirectoryIdentity.PersonIn(directory, context.Activity) is not { } issuer)
        {
            await context.SendActivityAsync(FailureReply.For(Failure.NotFound(FailureCodes.PersonNotFound, ("name", scope.Actor.Name)), turn.Locale), cancellationToken);
            return;
        }

        var dossier = await repository.GetDossierAsync(turn.UnitOfWork, meeting.Id, cancellationToken);
        var lines = new List<string>();
        DateTimeOffset? expires = null;
        foreach (var participant in meeting.Participants)
        {
            var person = directory.FindWebChatUser(participant.UserId);
            // A link is the person's credential: when the name is shared, say which of them it belongs to.
            var who = MarkdownEscape.Text(person is not null && directory.IsShared(person.Name) ? person.Label : participant.Name);
            var issued = person is not null
                ? await links.IssueAsync(dossier, person.Id, issuer, cancellationToken)
                : Failure.NotFound(FailureCodes.PersonNotFound, ("name", participant.Name));
            if (!issued.IsSuccess)
            {
                lines.Add(InvitationTexts.LinkLine.In(turn.Locale, who, FailureReply.For(issued.Failure, turn.Locale)));
                continue;
            }

            expires = issued.Value.Invitation.ExpiresAt;
            lines.Add(InvitationTexts.LinkLine.In(turn.Locale, who, issued.Value.Link));
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
