using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 改地点 &lt;place&gt; / change place &lt;place&gt;: the secretary moves the meeting to another room, after confirming; the
/// time and deadlines stay (改期 is for the time). The place confirmed is the one shown.
/// </summary>
public sealed class ChangePlaceCommand(MeetingUpdates updates, ConfirmationGate confirmations, MeetingMovedNotices moved) : IConfirmedCommand
{
    public ChatCommand Command => SetupCommands.ChangePlace;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var place = turn.Argument.Trim();
        return updates.DescribeChangeAsync(turn, Decide(place),
            meeting => new ConfirmationRequest(
                WhatWillHappen.ChangePlace.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), MarkdownEscape.Text(meeting.Place), MarkdownEscape.Text(place)),
                place),
            cancellationToken);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (details is { } place && await updates.ApplyConfirmedAsync(turn, Decide(place), cancellationToken) is var (changed, scope))
        {
            await moved.PlaceChangedAsync(turn.Context, changed, scope.Actor, cancellationToken);
            await turn.Context.SendActivityAsync(SetupTexts.PlaceChanged.In(turn.Locale, MarkdownEscape.Text(changed.Place)), cancellationToken);
        }
    }

    private static ChangeDecision Decide(string place) =>
        (meeting, scope, now) => new ChangePlace(meeting.Version, place).Decide(meeting, scope.Actor, now);
}
