using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>添加成员 @x / add member @x: the secretary adds a team member; the domain checks and records it.</summary>
public sealed class AddMemberCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.AddMember;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new AddParticipant(meeting.Version, person, [Role.Member], null, null).Decide(meeting, actor, now),
            (_, person) => SetupTexts.MemberAdded.In(turn.Locale, person.Name),
            cancellationToken);
}
