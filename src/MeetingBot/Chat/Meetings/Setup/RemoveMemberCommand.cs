using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>移除成员 @x / remove member @x: the secretary removes someone; what they handed in stays stored.</summary>
public sealed class RemoveMemberCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.RemoveMember;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new RemoveParticipant(meeting.Version, person.UserId).Decide(meeting, actor, now),
            (before, person) => SetupTexts.MemberRemoved.In(turn.Locale, before.NameOf(person.UserId)),
            cancellationToken);
}
