using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>State of one user within one conversation: what they are in the middle of in a group chat.</summary>
public sealed class PrivateConversationState(IStorage storage) : BotState(storage, "private")
{
    protected override string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.Conversation?.Id is { } conversation && activity.From?.Id is { } user
            ? $"state/private/{channel}/{conversation}/{user}"
            : null;
}
