using MeetingBot.Chat.Commands;
using MeetingBot.Chat.Confirmations;
using MeetingBot.Chat.Meetings.Switching;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The two halves of a secretary's change that is confirmed first (改期, 改地点, 取消会议, 移除成员), around one decision
/// of the domain: before asking, it is decided on the current meeting as it stands, without saving, so a refusal is
/// the reply and nothing is asked; once confirmed, the same decision is made again on the meeting as stored and saved.
/// </summary>
public static class ConfirmedChange
{
    /// <summary>What will happen, asked of the secretary of the current meeting; null after replying why not (no meeting, not the secretary, refused).</summary>
    public static async Task<ConfirmationRequest?> DescribeChangeAsync(
        this MeetingUpdates updates,
        CommandTurn turn,
        ChangeDecision decide,
        Func<Meeting, ConfirmationRequest> whatWillHappen,
        CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        return await updates.DescribeChangeAsync(turn, scope, decide, whatWillHappen, cancellationToken);
    }

    /// <summary>As above, in a scope the command has already found (and read more from: the meeting's zone, the person named).</summary>
    public static async Task<ConfirmationRequest?> DescribeChangeAsync(
        this MeetingUpdates updates,
        CommandTurn turn,
        MeetingInTurn scope,
        ChangeDecision decide,
        Func<Meeting, ConfirmationRequest> whatWillHappen,
        CancellationToken cancellationToken)
    {
        var decided = decide(scope.Meeting, scope, updates.Now);
        if (!decided.IsSuccess)
        {
            await turn.Context.SendActivityAsync(FailureReply.For(decided.Failure, turn.Locale), cancellationToken);
            return null;
        }

        return whatWillHappen(scope.Meeting);
    }

    /// <summary>
    /// The confirmed change, decided again and saved in the secretary's scope as it is now: the meeting as changed and
    /// that scope, or null after replying why nothing changed.
    /// </summary>
    public static async Task<(Meeting Changed, MeetingInTurn Scope)?> ApplyConfirmedAsync(
        this MeetingUpdates updates,
        CommandTurn turn,
        ChangeDecision decide,
        CancellationToken cancellationToken)
    {
        if (await updates.ScopeAsync(turn.Context, turn.Locale, secretaryOnly: true, cancellationToken) is not { } scope)
        {
            return null;
        }

        var changed = await updates.ApplyAsync(turn.Context, turn.Locale, scope.Meeting.Id, (meeting, now) => decide(meeting, scope, now), cancellationToken);
        return changed is null ? null : (changed, scope);
    }
}
