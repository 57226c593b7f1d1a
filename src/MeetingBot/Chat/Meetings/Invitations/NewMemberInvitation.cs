using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Outcomes;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Storage;
using MeetingBot.People;
using MeetingBot.WebChannel;

namespace MeetingBot.Chat.Meetings.Invitations;

/// <summary>
/// A member added to a web chat meeting gets his invitation at once, as everyone did at set-up: the link goes to the
/// secretary in 1:1 only (it is the person's credential); asked in a group, she is told where to get it. The one place
/// <c>添加成员</c> calls <see cref="InvitationIssuer"/>; the domain decides whether the secretary may issue it.
/// </summary>
public sealed class NewMemberInvitation(InvitationIssuer issuer, PeopleDirectoryStore people, MeetingRepository repository) : INewMemberFollower
{
    public async Task MemberAddedAsync(CommandTurn turn, Meeting meeting, Participant participant, CancellationToken cancellationToken)
    {
        if (MeetingTurn.ChannelOf(meeting) != Channels.DirectLine)
        {
            return;
        }

        var context = turn.Context;
        var directory = await people.GetAsync(cancellationToken);
        var dossier = await repository.GetDossierAsync(turn.UnitOfWork, meeting.Id, cancellationToken) ?? MeetingDossier.Of(meeting);
        // Issued as the directory person the channel vouched for, never as the service itself (null would mean that).
        var secretary = DirectoryIdentity.PersonIn(directory, context.Activity);
        var issued = directory.FindWebChatUser(participant.UserId) is { } person && secretary is not null
            ? await issuer.IssueAsync(dossier, person.Id, secretary, cancellationToken)
            : Failure.NotFound(FailureCodes.PersonNotFound, ("name", secretary is null ? MeetingTurn.ActorOf(context).Name : participant.Name));
        if (!issued.IsSuccess)
        {
            await context.SendActivityAsync(FailureReply.For(issued.Failure, turn.Locale), cancellationToken);
            return;
        }

        await context.SendActivityAsync(PersonalConversations.IsPersonal(context.Activity.Conversation)
            ? InvitationTexts.NewMemberLink.In(turn.Locale, MarkdownEscape.Text(participant.Name), issued.Value.Link, MeetingText.Local(issued.Value.Invitation.ExpiresAt, meeting))
            : InvitationTexts.NewMemberLinkPrivately.In(turn.Locale, MarkdownEscape.Text(participant.Name)), cancellationToken);
    }
}
