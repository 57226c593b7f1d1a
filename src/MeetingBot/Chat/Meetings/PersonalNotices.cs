using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Delivery;
using MeetingBot.BotFramework.State;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// Sends one person a message in his own 1:1 chat with the bot, never in a group: disclosure (明示), returned
/// comments and review requests are private. Inside a turn the notice is held until the turn's state is saved
/// (<see cref="TurnUnitOfWork.AfterCommit"/>), so a replayed or failed turn sends nothing of its own; each notice goes through the
/// delivery ledger under its key, so a retry never sends it twice. A notice that cannot leave at once (its
/// conversation's pace or the overall rate is spent) waits in the <see cref="PushOutbox"/> instead of keeping the
/// turn's user waiting. Without a stored personal reference nothing is sent (he sees it in 我的任务 / 待审 later).
/// </summary>
public sealed partial class PersonalNotices(
    ConversationReferenceStore references, ProactiveSender sender, PushOutbox outbox, ILogger<PersonalNotices> logger)
{
    /// <returns>Whether the person has a 1:1 chat to receive it (it leaves once the turn commits).</returns>
    public Task<bool> SendAsync(ITurnContext turnContext, PersonalNotice notice, CancellationToken cancellationToken) =>
        SendAsync(TurnUnitOfWork.Of(turnContext), notice, cancellationToken);

    /// <summary>From background work (a scheduled job, a watchdog): no turn to wait for, so it leaves at once.</summary>
    public Task<bool> SendNowAsync(PersonalNotice notice, CancellationToken cancellationToken) =>
        SendAsync(deferred: null, notice, cancellationToken);

    private async Task<bool> SendAsync(TurnUnitOfWork? deferred, PersonalNotice notice, CancellationToken cancellationToken)
    {
        var stored = await references.GetPersonalAsync(notice.ChannelId, notice.UserId, cancellationToken);
        if (stored is null)
        {
            LogNoPersonalChat(notice.UserId, notice.ChannelId);
            return false;
        }

        var push = new PushMessage(notice.DeliveryKey, stored.Reference, notice.Compose(UserLocales.From(stored.Reference.Locale)));
        if (deferred is not null)
        {
            deferred.AfterCommit(async ct => Log(push, await outbox.SendOrDeferAsync(push, ct)));
        }
        else
        {
            Log(push, await sender.SendAsync(push, cancellationToken));
        }

        return true;
    }

    private void Log(PushMessage push, PushOutcome outcome)
    {
        // The decision is already saved: a channel that cannot be reached must not undo or hide it, only be logged.
        if (outcome is PushOutcome.Delivered or PushOutcome.AlreadyDone or PushOutcome.NotNow)
        {
            LogSent(push.DeliveryKey, outcome);
        }
        else
        {
            LogNotSent(push.DeliveryKey, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No personal conversation with {UserId} on {ChannelId}; the notice waits for the next visit")]
    private partial void LogNoPersonalChat(string userId, string channelId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Personal notice {DeliveryKey}: {Outcome}")]
    private partial void LogSent(string deliveryKey, PushOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Personal notice {DeliveryKey} was not delivered: {Outcome}")]
    private partial void LogNotSent(string deliveryKey, PushOutcome outcome);
}
