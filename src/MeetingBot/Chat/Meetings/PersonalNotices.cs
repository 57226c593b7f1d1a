using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Localization;

namespace MeetingBot.Chat.Meetings;

/// <summary>
/// Sends one person a message in his own 1:1 chat with the bot, never in a group: disclosure (明示) and returned
/// comments are private. Without a stored personal reference nothing is sent (he sees it in 我的任务 later).
/// </summary>
public sealed class PersonalNotices(CloudAdapter adapter, ConversationReferenceStore references, ILogger<PersonalNotices> logger)
{
    public async Task<bool> SendAsync(string channelId, string userId, Func<UserLocale, string> text, CancellationToken cancellationToken)
    {
        var stored = await references.GetPersonalAsync(channelId, userId, cancellationToken);
        if (stored is null)
        {
            logger.LogInformation("No personal conversation with {UserId} on {ChannelId}; the notice waits for the next visit", userId, channelId);
            return false;
        }

        try
        {
            await adapter.ContinueConversationAsync(stored.Reference, (turn, ct) =>
                turn.SendActivityAsync(text(UserLocales.From(stored.Reference.Locale)), ct), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or ConnectorException)
        {
            // The decision is already saved; a channel that cannot be reached must not undo or hide it.
            logger.LogWarning(exception, "A personal notice to {UserId} on {ChannelId} could not be delivered", userId, channelId);
            return false;
        }
    }
}
