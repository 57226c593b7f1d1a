using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 改地点 &lt;place&gt; / change place &lt;place&gt;: the secretary moves the meeting to another room, after confirming; the
/// time and deadlines stay (改期 is for the time). The place confirmed is the one shown.
/// </summary>
public sealed class ChangePlaceCommand(MeetingUpdates updates, ConfirmationGate confirmations, MeetingMovedNotices moved) : IConfirmedCommand
{
    public ChatCommand Command => SetupCommands.ChangePlace;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        var meeting = scope.Meeting;
        var place = turn.Argument.Trim();
        var decided = new ChangePlace(meeting.Version, place).Decide(meeting, scope.Actor, updates.Now);
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        return new ConfirmationRequest(
            WhatWillHappen.ChangePlace.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), MarkdownEscape.Text(meeting.Place), MarkdownEscape.Text(place)),
            place);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (details is not { } place || await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var changed = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new ChangePlace(meeting.Version, place).Decide(meeting, scope.Actor, now), cancellationToken);
        if (changed is not null)
        {
            await moved.PlaceChangedAsync(turn.Context, changed, scope.Actor, cancellationToken);
            await turn.Context.SendActivityAsync(SetupTexts.PlaceChanged.In(turn.Locale, MarkdownEscape.Text(changed.Place)), cancellationToken);
        }
    }
}
