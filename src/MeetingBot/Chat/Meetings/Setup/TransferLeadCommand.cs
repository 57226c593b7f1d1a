using MeetingBot.Chat.Commands;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>移交主持 @x / transfer lead @x: the secretary hands the lead role to another participant.</summary>
public sealed class TransferLeadCommand(MeetingUpdates updates) : IChatCommandHandler
{
    public ChatCommand Command => SetupCommands.TransferLead;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        updates.ApplyToMentionedAsync(
            turn,
            (meeting, person, actor, now) => new TransferLead(meeting.Version, person.UserId, person.Name).Decide(meeting, actor, now),
            (before, person) => SetupTexts.LeadTransferred.In(turn.Locale, MarkdownEscape.Text(before.NameOf(person.UserId))),
            cancellationToken);
}
