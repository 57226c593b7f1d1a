using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.WebChannel;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 移除成员 @x / remove member @x: the secretary removes someone; what they handed in stays stored. Their web chat
/// invitations to this meeting are revoked at once, so their open chats of it stop.
/// </summary>
public sealed class RemoveMemberCommand(MeetingUpdates updates, InvitationRevocation invitations) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.RemoveMember;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var removed = await updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new RemoveParticipant(meeting.Version, person.UserId, person.Name).Decide(meeting, actor, now),
            (before, person) => SetupTexts.MemberRemoved.In(turn.Locale, MarkdownEscape.Text(before.NameOf(person.UserId))),
            cancellationToken);
        if (removed is { } change)
        {
            await invitations.RevokeForAsync(change.Meeting.Id, change.Person.UserId, updates.Now, cancellationToken);
        }
    }
}
