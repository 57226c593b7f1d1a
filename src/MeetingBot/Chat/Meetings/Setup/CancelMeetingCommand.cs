using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>取消会议 &lt;reason&gt; / cancel meeting &lt;reason&gt;: the secretary confirms, then the meeting is cancelled.</summary>
public sealed class CancelMeetingCommand(MeetingUpdates updates, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command => SetupCommands.Cancel;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        // Refuse before asking: only the secretary is asked to confirm.
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        var meeting = scope.Meeting;
        var decided = new CancelMeeting(meeting.Version, Reason(turn)).Decide(meeting, scope.Actor, updates.Now);
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        return new ConfirmationRequest(WhatWillHappen.CancelMeeting.In(turn.Locale, MarkdownEscape.Text(meeting.Theme), Reason(turn) is { } reason ? MarkdownEscape.Text(reason) : SetupTexts.NoReason.In(turn.Locale)));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var cancelled = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id,
            (meeting, now) => new CancelMeeting(meeting.Version, Reason(turn)).Decide(meeting, scope.Actor, now), cancellationToken);
        if (cancelled is not null)
        {
            await turn.Context.SendActivityAsync(SetupTexts.CancelledMeeting.In(turn.Locale, MarkdownEscape.Text(cancelled.Theme)), cancellationToken);
        }
    }

    private static string? Reason(CommandTurn turn) => string.IsNullOrWhiteSpace(turn.Argument) ? null : turn.Argument.Trim();
}
