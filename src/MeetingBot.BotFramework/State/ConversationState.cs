using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>State shared by everyone in a conversation.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, "conversation")
{
    protected override string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.Conversation?.Id is { } conversation
            ? $"state/conversation/{channel}/{conversation}"
            : null;
}
