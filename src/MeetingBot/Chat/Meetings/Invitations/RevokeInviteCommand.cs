using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Meetings.Setup;
using MeetingBot.Coordination.Texts;
using MeetingBot.WebChannel;

namespace MeetingBot.Chat.Meetings.Invitations;

/// <summary>撤销邀请 / revoke invite: the secretary ends a person's links (or everyone's); their open chats stop at once.</summary>
public sealed class RevokeInviteCommand(MeetingUpdates updates, InvitationStore store, InvitationRevocation revocation, TimeProvider time) : IChatCommandHandler
{
    public ChatCommand Command => InvitationCommands.Revoke;

    public async Task HandleAsync(CommandTurn turn, CancellationToken cancellationToken)
    {
        var context = turn.Context;
        if (await updates.ScopeAsync(context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return;
        }

        var who = turn.Argument.Trim();
        if (who.Length == 0)
        {
            await context.SendActivityAsync(InvitationTexts.RevokeUsage.In(turn.Locale), cancellationToken);
            return;
        }

        var meeting = scope.Meeting;
        var everyone = InvitationCommands.Everyone.Contains(who, StringComparer.OrdinalIgnoreCase);
        var person = everyone ? null
            : meeting.Participants.FirstOrDefault(p => string.Equals(p.Name, who, StringComparison.OrdinalIgnoreCase) || p.UserId == who);
        if (!everyone && person is null)
        {
            await context.SendActivityAsync(InvitationTexts.RevokeUnknown.In(turn.Locale, MarkdownEscape.Text(who)), cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var revoked = new List<string>();
        foreach (var invitation in await store.ForMeetingAsync(meeting.Id, cancellationToken))
        {
            if ((everyone || invitation.UserId == person!.UserId) && invitation.IsActive(now)
                && await revocation.RevokeAsync(invitation.Id, now, cancellationToken))
            {
                revoked.Add(invitation.Name);
            }
        }

        await context.SendActivityAsync(revoked.Count == 0
            ? InvitationTexts.NothingToRevoke.In(turn.Locale, MarkdownEscape.Text(person?.Name ?? who))
            : InvitationTexts.Revoked.In(turn.Locale, revoked.Count, string.Join("、", revoked.Distinct().Select(MarkdownEscape.Text))), cancellationToken);
    }
}
