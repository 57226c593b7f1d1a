using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>添加成员 @x / add member @x: the secretary adds a team member; the domain checks and records it.</summary>
public sealed class AddMemberCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.AddMember;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        if (PeopleAnswer.Mentioned(turn.Context.Activity) is not [var person, ..])
        {
            await turn.Context.SendActivityAsync(SetupTexts.MentionSomeone.In(turn.Locale), cancellationToken);
            return;
        }

        var added = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new AddParticipant(meeting.Version, person, [Role.Member], null, null).Decide(meeting, scope.Actor, now), cancellationToken);
        if (added is not null)
        {
            await turn.Context.SendActivityAsync(SetupTexts.MemberAdded.In(turn.Locale, person.Name), cancellationToken);
        }
    }
}
