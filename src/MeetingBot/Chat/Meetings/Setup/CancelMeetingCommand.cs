using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>取消会议 &lt;reason&gt; / cancel meeting &lt;reason&gt;: the secretary confirms, then the meeting is cancelled.</summary>
public sealed class CancelMeetingCommand(MeetingUpdates updates, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command => SetupCommands.Cancel;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    // Refused before asking: only the secretary is asked to confirm.
    public Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken) =>
        updates.DescribeChangeAsync(turn, Decide(turn),
            meeting => new ConfirmationRequest(WhatWillHappen.CancelMeeting.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), Reason(turn) is { } reason ? MarkdownEscape.Text(reason) : SetupTexts.NoReason.In(turn.Locale))),
            cancellationToken);

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (await updates.ApplyConfirmedAsync(turn, Decide(turn), cancellationToken) is var (cancelled, _))
        {
            await turn.Context.SendActivityAsync(SetupTexts.CancelledMeeting.In(turn.Locale, MarkdownEscape.Text(cancelled.Theme)), cancellationToken);
        }
    }

    private static ChangeDecision Decide(CommandTurn turn) =>
        (meeting, scope, now) => new CancelMeeting(meeting.Version, Reason(turn)).Decide(meeting, scope.Actor, now);

    private static string? Reason(CommandTurn turn) => string.IsNullOrWhiteSpace(turn.Argument) ? null : turn.Argument.Trim();
}
