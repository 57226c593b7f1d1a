using MeetingBot.BotFramework.Builder;
using MeetingBot.BotFramework.Proactive;
using MeetingBot.Coordination.Meetings;
using MeetingBot.Meetings.Storage;

namespace MeetingBot.Chat.Meetings.Setup;

/// <summary>
/// The meeting a turn is about: in a group, the newest meeting set up in that conversation; in a 1:1 chat, the
/// newest meeting the person takes part in. Null when there is none (the caller says so).
/// </summary>
public sealed class CurrentMeeting(MeetingDirectory directory, MeetingRepository repository)
{
    public async Task<Meeting?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        var ids = PersonalConversations.IsPersonal(activity.Conversation)
            ? await directory.ForPersonAsync(channelId, activity.From?.Id ?? string.Empty, cancellationToken)
            : await directory.ForConversationAsync(channelId, activity.Conversation?.Id ?? string.Empty, cancellationToken);
        return ids.Count == 0 ? null : await repository.GetMeetingAsync(ids[^1], cancellationToken);
    }
}
