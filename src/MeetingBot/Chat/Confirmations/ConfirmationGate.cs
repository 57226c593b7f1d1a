using System.Security.Cryptography;
using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Dialogs;
using MeetingBot.Chat.Commands;
using MeetingBot.Localization;
using Microsoft.Extensions.Options;

namespace MeetingBot.Chat.Confirmations;

/// <summary>
/// The one way an irreversible action is done: the command describes it, the person sees what will happen, and only
/// their own confirmation, in the same conversation and within the time limit, makes the command act. The pending
/// confirmation is consumed by a conditional delete before acting, so an answer given twice acts once.
/// </summary>
public sealed class ConfirmationGate(ConfirmationStore store, IOptions<ConfirmationOptions> options, TimeProvider time)
{
    private int Minutes => (int)Math.Ceiling(options.Value.TimeLimit.TotalMinutes);

    /// <summary>Describes the command's action and asks the person to confirm it (or lets the command's own answer stand).</summary>
    public async Task AskAsync(IConfirmedCommand command, CommandTurn turn, CancellationToken cancellationToken)
    {
        var request = await command.DescribeAsync(turn, cancellationToken);
        var activity = turn.Context.Activity;
        if (request is null || ConfirmationStore.KeyFor(activity) is not { } key)
        {
            return;
        }

        var now = time.GetUtcNow();
        var pending = new PendingConfirmation(PendingConfirmation.CurrentVersion, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            activity.ChannelId!, activity.Conversation!.Id!, activity.From!.Id!, command.Command.Id, turn.Argument, request.Details,
            request.Description, now, now + options.Value.TimeLimit);
        await store.PutAsync(key, pending, cancellationToken);
        await turn.Context.SendActivityAsync(ConfirmationCard.For(pending, turn.Locale, Minutes), cancellationToken);
    }

    /// <summary>
    /// The person's answer, typed (<paramref name="id"/> null: the pending one) or pressed on the card (its id and
    /// who it was asked of). Confirmed, the command acts on what was described; dropped, nothing happens.
    /// </summary>
    public async Task AnswerAsync(
        ITurnContext turnContext,
        DialogContext dialogs,
        bool confirm,
        string? id,
        string? askedOf,
        Func<string, IConfirmedCommand?> commands,
        CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var locale = UserLocales.From(activity.Locale);
        if (askedOf is not null && askedOf != activity.From?.Id)
        {
            await turnContext.SendActivityAsync(ConfirmationTexts.NotYours.In(locale), cancellationToken);
            return;
        }

        var pending = await TakeAsync(turnContext, id, locale, cancellationToken);
        if (pending is null)
        {
            return;
        }

        if (!confirm)
        {
            await turnContext.SendActivityAsync(ConfirmationTexts.Dropped.In(locale, pending.Description), cancellationToken);
            return;
        }

        if (time.GetUtcNow() >= pending.ExpiresAt)
        {
            await turnContext.SendActivityAsync(ConfirmationTexts.Expired.In(locale, Minutes), cancellationToken);
            return;
        }

        if (commands(pending.CommandId) is not { } command)
        {
            await turnContext.SendActivityAsync(ConfirmationTexts.NothingPending.In(locale), cancellationToken);
            return;
        }

        await command.ActAsync(new CommandTurn(turnContext, dialogs, pending.Argument, locale), pending.Details, cancellationToken);
    }

    /// <summary>The pending confirmation, consumed; null after saying why there is none to answer.</summary>
    private async Task<PendingConfirmation?> TakeAsync(ITurnContext turnContext, string? id, UserLocale locale, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<ConsumedConfirmation>() is { } consumed)
        {
            return consumed.Pending;
        }

        var key = ConfirmationStore.KeyFor(turnContext.Activity);
        var stored = key is null ? null : await store.ReadAsync(key, cancellationToken);
        if (stored is null || (id is not null && stored.Value.Id != id))
        {
            // A card's id that is no longer pending was answered already (or replaced by a newer request).
            await turnContext.SendActivityAsync((id is null ? ConfirmationTexts.NothingPending : ConfirmationTexts.AlreadyAnswered).In(locale), cancellationToken);
            return null;
        }

        if (!await store.TakeAsync(key!, stored.ETag, cancellationToken))
        {
            await turnContext.SendActivityAsync(ConfirmationTexts.AlreadyAnswered.In(locale), cancellationToken);
            return null;
        }

        turnContext.TurnState.Set(new ConsumedConfirmation(stored.Value));
        return stored.Value;
    }
}
