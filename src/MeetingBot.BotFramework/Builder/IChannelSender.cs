using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>Where a turn's outgoing activities go: the channel's connector, or the HTTP response for expectReplies.</summary>
public interface IChannelSender
{
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken);
}
