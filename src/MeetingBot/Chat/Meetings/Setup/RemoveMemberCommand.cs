using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Coordination.Texts;
using MeetingBot.WebChannel;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// 移除成员 @x / remove member @x: the secretary removes someone, after confirming whom (a sentence such as
/// 把李四从名单里去掉 reads as this command, and a removal stops the person's reminders and closes their chat of the
/// meeting at once). What they handed in stays stored; their web chat invitations to this meeting are revoked.
/// </summary>
public sealed class RemoveMemberCommand(MeetingUpdates updates, InvitationRevocation invitations, ConfirmationGate confirmations) : IConfirmedCommand
{
    public ChatCommand Command => SetupCommands.RemoveMember;

    public Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken) => confirmations.AskAsync(this, turn, cancellationToken);

    public async Task<ConfirmationRequest?> DescribeAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        if (await updates.ScopeAndNamedAsync(turn, cancellationToken) is not var (scope, person))
        {
            return null;
        }

        // Refused before asking (not in the meeting, the lead, the last member…): the domain's reason, nothing to confirm.
        return await updates.DescribeChangeAsync(turn, scope,
            (meeting, _, now) => new RemoveParticipant(meeting.Version, person.UserId, person.Name).Decide(meeting, scope.Actor, now),
            meeting => new ConfirmationRequest(
                WhatWillHappen.RemoveMember.In(turn.Locale, MarkdownEscape.Text(meeting.NameOf(person.UserId)), MarkdownEscape.Text(meeting.Theme)),
                person.UserId),
            cancellationToken);
    }

    public async Task ActAsync(CommandTurn turn, string? details, CancellationToken cancellationToken)
    {
        // The person shown in the question, not whoever the confirming message happens to name (and named as the
        // meeting knew him when the turn began).
        if (details is not { } userId
            || await updates.ApplyConfirmedAsync(turn,
                (meeting, scope, now) => new RemoveParticipant(meeting.Version, userId, scope.Meeting.NameOf(userId)).Decide(meeting, scope.Actor, now),
                cancellationToken) is not var (removed, removedFrom))
        {
            return;
        }

        await invitations.RevokeForAsync(removed.Id, userId, updates.Now, cancellationToken);
        await turn.Context.SendActivityAsync(SetupTexts.MemberRemoved.In(turn.Locale, MarkdownEscape.Text(removedFrom.Meeting.NameOf(userId))), cancellationToken);
    }
}
