using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Status;
using MeetingBot.Coordination.MeetingRecords;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.Meetings;
using MeetingBot.Meetings.Events;
using MeetingBot.Meetings.Storage;
using MeetingBot.Chat.Meetings.Switching;

namespace MeetingBot.Chat.Meetings.Minutes;

/// <summary><c>会议已召开</c> / <c>meeting held</c>: the secretary moves the confirmed meeting to reporting once it has begun (after confirming).</summary>
public sealed class MeetingHeldCommand(MeetingResolver current, MeetingRepository repository, MeetingEvents events, ConfirmationGate confirmations, TimeProvider time) : IConfirmedCommand
{
    public ChatCommand Command { get; } = new("meeting-held", ["会议已召开"], ["meeting held"], MinutesTexts.HeldCommand, ArgumentShape.None);

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return null;
        }

        var meeting = found.Meeting;
        var decided = new MarkMeetingHeld(meeting.Version).Decide(meeting, found.Actor, time.GetUtcNow());
        if (!decided.IsSuccess)
        {
            // Refused (not the secretary, too early, already held): the reason is the answer, nothing to confirm.
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        return new ConfirmationRequest(WhatWillHappen.MeetingHeld.In(turn.Locale, MarkdownEscape.Text(meeting.Theme)));
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        if (await current.FindWithDossierOrSayNoneAsync(turn, cancellationToken) is not { } found)
        {
            return;
        }

        var outcome = await repository.UpdateAsync<Meeting>(turn.UnitOfWork, DocumentId.Meeting(found.Meeting.Id), stored =>
        {
            var meeting = stored ?? found.Meeting;
            return new MarkMeetingHeld(meeting.Version).Decide(meeting, found.Actor, time.GetUtcNow());
        }, cancellationToken);
        if (outcome.IsSuccess)
        {
            // Held: the phases after the meeting now have deadlines, so their reminders are planned.
            await events.RaiseAsync(turn.UnitOfWork, MeetingChanged.Meeting(found.Meeting.Id), cancellationToken);
        }

        var reply = outcome.IsSuccess ? MinutesTexts.Held.In(turn.Locale) : FailureReply.For(outcome.Failure, turn.Locale);
        await turn.Context.SendActivityAsync(reply, cancellationToken);
    }
}
