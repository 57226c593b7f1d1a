using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.BotFramework.State;

/// <summary>State that follows a user across conversations on a channel (their settings).</summary>
public sealed class UserState(IStorage storage) : BotState(storage, "user")
{
    protected override string? KeyFor(Activity activity) =>
        activity.ChannelId is { } channel && activity.From?.Id is { } user
            ? $"state/user/{channel}/{user}"
            : null;
}
