using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Meetings.Storage;

/// <summary>
/// Which meetings a (team) conversation and a person belong to: small index documents of their own, written with
/// ETags. Which of them a turn is about is decided in one place, Chat.Meetings.Switching.MeetingResolver.
/// </summary>
public sealed class MeetingDirectory(IStorage storage)
{

    public static string ConversationKey(string channelId, string conversationId) => $"directory/conversations/{channelId}/{conversationId}";

    public static string PersonKey(string channelId, string userId) => $"directory/people/{channelId}/{userId}";

    public Task AddToConversationAsync(string channelId, string conversationId, string meetingId, CancellationToken cancellationToken) =>
        AddAsync(ConversationKey(channelId, conversationId), meetingId, cancellationToken);

    public Task AddToPersonAsync(string channelId, string userId, string meetingId, CancellationToken cancellationToken) =>
        AddAsync(PersonKey(channelId, userId), meetingId, cancellationToken);

    public async Task<IReadOnlyList<string>> ForConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        (await storage.ReadDocumentAsync<MeetingIndex>(ConversationKey(channelId, conversationId), cancellationToken))?.Value.MeetingIds ?? [];

    public async Task<IReadOnlyList<string>> ForPersonAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        (await storage.ReadDocumentAsync<MeetingIndex>(PersonKey(channelId, userId), cancellationToken))?.Value.MeetingIds ?? [];

    /// <summary>Every meeting a turn may be about: those of its group conversation, or in a 1:1 chat the person's.</summary>
    public async Task<IReadOnlyList<string>> ForTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        return PersonalConversations.IsPersonal(activity.Conversation)
            ? await ForPersonAsync(channelId, activity.From?.Id ?? string.Empty, cancellationToken)
            : await ForConversationAsync(channelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
    }

    // Another meeting indexed at the same moment is kept: ours is added to theirs.
    private Task AddAsync(string key, string meetingId, CancellationToken cancellationToken) =>
        storage.UpdateDocumentAsync<MeetingIndex>(key, current =>
        {
            var index = current ?? new MeetingIndex();
            if (index.MeetingIds.Contains(meetingId, StringComparer.Ordinal))
            {
                return null;
            }

            index.MeetingIds.Add(meetingId);
            return index;
        }, cancellationToken);
}
