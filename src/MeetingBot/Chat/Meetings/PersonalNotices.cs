using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Proactive.Delivery;
using MeetingBot.BotFramework.State;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// Sends one person a message in his own 1:1 chat with the bot, never in a group: disclosure (明示), returned
/// comments and review requests are private. Inside a turn the notice is held until the turn's state is saved
/// (<see cref="AfterCommit"/>), so a replayed or failed turn sends nothing of its own; each notice goes through the
/// delivery ledger under its key, so a retry never sends it twice. Without a stored personal reference nothing is
/// sent (he sees it in 我的任务 / 待审 later).
/// </summary>
public sealed partial class PersonalNotices(ConversationReferenceStore references, ProactiveSender sender, ILogger<PersonalNotices> logger)
{
    /// <returns>Whether the person has a 1:1 chat to receive it (it leaves once the turn commits).</returns>
    public async Task<bool> SendAsync(ITurnContext turnContext, PersonalNotice notice, CancellationToken cancellationToken)
    {
        var stored = await references.GetPersonalAsync(notice.ChannelId, notice.UserId, cancellationToken);
        if (stored is null)
        {
            LogNoPersonalChat(notice.UserId, notice.ChannelId);
            return false;
        }

        var push = new PushMessage(notice.DeliveryKey, stored.Reference, notice.Compose(UserLocales.From(stored.Reference.Locale)));
        if (AfterCommit.Of(turnContext) is { } deferred)
        {
            deferred.Add(ct => DeliverAsync(push, ct));
        }
        else
        {
            await DeliverAsync(push, cancellationToken);
        }

        return true;
    }

    private async Task DeliverAsync(PushMessage push, CancellationToken cancellationToken)
    {
        // The decision is already saved: a channel that cannot be reached must not undo or hide it, only be logged.
        var outcome = await sender.SendAsync(push, cancellationToken);
        if (outcome is PushOutcome.Delivered or PushOutcome.AlreadyDone)
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
