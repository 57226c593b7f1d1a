using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Builder;

/// <summary>
/// For <c>deliveryMode: expectReplies</c>: the caller wants every reply in the HTTP response, so nothing goes
/// through the connector (protocol §1.11).
/// </summary>
public sealed class BufferedSender : IChannelSender
{
    private readonly List<Activity> _replies = [];

    public IReadOnlyList<Activity> Replies => _replies;

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        _replies.Add(activity);
        return Task.FromResult(new ResourceResponse(null));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Activities cannot be updated in an expectReplies turn.");

    public Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Activities cannot be deleted in an expectReplies turn.");
}
