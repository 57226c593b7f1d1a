using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>移除成员 @x / remove member @x: the secretary removes someone; what they handed in stays stored.</summary>
public sealed class RemoveMemberCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.RemoveMember;

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

        var removed = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new RemoveParticipant(meeting.Version, person.UserId).Decide(meeting, scope.Actor, now), cancellationToken);
        if (removed is not null)
        {
            await turn.Context.SendActivityAsync(SetupTexts.MemberRemoved.In(turn.Locale, scope.Meeting.NameOf(person.UserId)), cancellationToken);
        }
    }
}
